using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ParamArena.Marshalling;

/// <summary>Turns symbols into the text models carry: fully qualified names, escaped identifiers, file names, signatures.</summary>
internal static class SymbolText
{
    /// <summary>Fully qualified with <c>global::</c> and nullable annotations, so the implementation's signature matches the declaration.</summary>
    public static readonly SymbolDisplayFormat FullyQualified = SymbolDisplayFormat.FullyQualifiedFormat.WithMiscellaneousOptions(
        SymbolDisplayFormat.FullyQualifiedFormat.MiscellaneousOptions | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static string Display(ITypeSymbol type) => type.ToDisplayString(FullyQualified);

    /// <summary>The identifier as code spells it: <c>@class</c> for a keyword.</summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    public static string? Namespace(ISymbol symbol) =>
        symbol.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null;

    /// <summary>The enclosing types outermost first, or null when one of them is not partial (the generator cannot add to it).</summary>
    public static EquatableArray<ContainingTypeModel>? ContainingTypes(INamedTypeSymbol? type)
    {
        List<ContainingTypeModel> chain = new();
        for (INamedTypeSymbol? t = type; t is not null; t = t.ContainingType)
        {
            if (FirstDeclaration(t) is not { } declaration || !declaration.Modifiers.Any(m => m.IsKind(SyntaxKind.PartialKeyword))) return null;
            chain.Insert(0, new ContainingTypeModel(Keyword(declaration), NameWithTypeParameters(t)));
        }
        return new EquatableArray<ContainingTypeModel>(chain);
    }

    /// <summary>The outermost of <paramref name="type"/> and its enclosing types that is not partial, or null.</summary>
    public static INamedTypeSymbol? FirstNonPartial(INamedTypeSymbol? type)
    {
        INamedTypeSymbol? found = null;
        for (INamedTypeSymbol? t = type; t is not null; t = t.ContainingType)
        {
            if (t.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<TypeDeclarationSyntax>()
                .Any(d => !d.Modifiers.Any(m => m.IsKind(SyntaxKind.PartialKeyword)))) found = t;
        }
        return found;
    }

    /// <summary><paramref name="type"/> or an enclosing type that is generic, or null.</summary>
    public static INamedTypeSymbol? FirstGeneric(INamedTypeSymbol? type)
    {
        for (INamedTypeSymbol? t = type; t is not null; t = t.ContainingType)
        {
            if (t.Arity > 0) return t;
        }
        return null;
    }

    /// <summary><paramref name="type"/> or an enclosing type that is file-local, or null.</summary>
    public static INamedTypeSymbol? FirstFileLocal(INamedTypeSymbol? type)
    {
        for (INamedTypeSymbol? t = type; t is not null; t = t.ContainingType)
        {
            if (t.IsFileLocal) return t;
        }
        return null;
    }

    private static TypeDeclarationSyntax? FirstDeclaration(INamedTypeSymbol type) =>
        type.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<TypeDeclarationSyntax>().FirstOrDefault();

    public static string Keyword(TypeDeclarationSyntax declaration) => declaration switch
    {
        RecordDeclarationSyntax r when r.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) => "record struct",
        RecordDeclarationSyntax => "record",
        StructDeclarationSyntax => "struct",
        InterfaceDeclarationSyntax => "interface",
        _ => "class",
    };

    public static string NameWithTypeParameters(INamedTypeSymbol type) =>
        type.TypeParameters.Length == 0 ? type.Name : type.Name + "<" + string.Join(", ", type.TypeParameters.Select(p => p.Name)) + ">";

    /// <summary>
    /// A generated file name unique to the symbol: its documentation id (which tells overloads, ref kinds and generic
    /// arity apart) with every character outside [A-Za-z0-9.] escaped, so two ids never share a name. Long ids keep a
    /// readable prefix and a SHA-256 of the whole id.
    /// </summary>
    public static string HintName(ISymbol symbol, string suffix)
    {
        string id = DocumentationCommentId.CreateDeclarationId(symbol) ?? symbol.ToDisplayString();
        StringBuilder escaped = new();
        foreach (char c in id.Length > 2 && id[1] == ':' ? id.Substring(2) : id)
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '.') escaped.Append(c);
            else escaped.Append('_').Append(((int)c).ToString("x2"));
        }
        string name = escaped.ToString();
        if (name.Length > 120)
        {
            using SHA256 sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(id));
            name = name.Substring(0, 80) + "_" + string.Concat(hash.Take(12).Select(b => b.ToString("x2")));
        }
        return name + suffix;
    }

    /// <summary>The field of a function table that holds <paramref name="method"/>'s pointer; overloads differ by a hash of the id.</summary>
    public static string TableField(IMethodSymbol method)
    {
        uint hash = 2166136261;
        foreach (char c in DocumentationCommentId.CreateDeclarationId(method) ?? method.Name) hash = (hash ^ c) * 16777619;
        return "__" + method.Name + "_" + hash.ToString("x8");
    }

    /// <summary>The implementation's signature: the declaration's modifiers, return, name, type parameters, parameters and constraints.</summary>
    public static string Signature(IMethodSymbol method, MethodDeclarationSyntax syntax, IReadOnlyList<string> parameterNames)
    {
        StringBuilder text = new();
        text.Append(string.Join(" ", syntax.Modifiers.Select(m => m.Text))).Append(' ');
        if (method.ReturnsByRefReadonly) text.Append("ref readonly ");
        else if (method.ReturnsByRef) text.Append("ref ");
        text.Append(method.ReturnsVoid ? "void" : Display(method.ReturnType)).Append(' ').Append(Identifier(method.Name));
        if (method.TypeParameters.Length > 0) text.Append('<').Append(string.Join(", ", method.TypeParameters.Select(t => Identifier(t.Name)))).Append('>');
        text.Append('(');
        for (int i = 0; i < method.Parameters.Length; i++)
        {
            if (i > 0) text.Append(", ");
            ParameterSyntax? parameterSyntax = i < syntax.ParameterList.Parameters.Count ? syntax.ParameterList.Parameters[i] : null;
            string modifiers = parameterSyntax is null ? "" : string.Join(" ", parameterSyntax.Modifiers.Select(m => m.Text));
            if (modifiers.Length > 0) text.Append(modifiers).Append(' ');
            text.Append(Display(method.Parameters[i].Type)).Append(' ').Append(parameterNames[i]);
        }
        text.Append(')');
        foreach (ITypeParameterSymbol parameter in method.TypeParameters)
        {
            string constraints = Constraints(parameter);
            if (constraints.Length > 0) text.Append(" where ").Append(Identifier(parameter.Name)).Append(" : ").Append(constraints);
        }
        return text.ToString();
    }

    public static string ParameterModifiers(ParameterSyntax? syntax) =>
        syntax is null ? "" : string.Join(" ", syntax.Modifiers.Select(m => m.Text));

    private static string Constraints(ITypeParameterSymbol parameter)
    {
        List<string> parts = new();
        if (parameter.HasUnmanagedTypeConstraint) parts.Add("unmanaged");
        else if (parameter.HasValueTypeConstraint) parts.Add("struct");
        else if (parameter.HasReferenceTypeConstraint)
            parts.Add(parameter.ReferenceTypeConstraintNullableAnnotation == NullableAnnotation.Annotated ? "class?" : "class");
        else if (parameter.HasNotNullConstraint) parts.Add("notnull");
        parts.AddRange(parameter.ConstraintTypes.Select(Display));
        if (parameter.HasConstructorConstraint) parts.Add("new()");
        return string.Join(", ", parts);
    }
}
