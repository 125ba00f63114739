using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParamArena.Generator.Model;

namespace ParamArena.Generator.Analysis;

/// <summary>Turns symbols into the strings the models carry (fully qualified names, escaped identifiers).</summary>
internal static class TypeNames
{
    /// <summary>Fully qualified with <c>global::</c> and nullable annotations, so the implementation's signature matches the declaration.</summary>
    public static readonly SymbolDisplayFormat FullyQualified = SymbolDisplayFormat.FullyQualifiedFormat.WithMiscellaneousOptions(
        SymbolDisplayFormat.FullyQualifiedFormat.MiscellaneousOptions | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static string Display(ITypeSymbol type) => type.ToDisplayString(FullyQualified);

    /// <summary>The identifier as code spells it: <c>@class</c> for a keyword.</summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.UnderscoreToken
            ? "@" + name
            : name;

    public static string? Namespace(ISymbol symbol) =>
        symbol.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null;

    /// <summary>The enclosing types outermost first, or null when one of them is not partial (the generator cannot add to it).</summary>
    public static EquatableArray<ContainingTypeModel>? ContainingTypes(INamedTypeSymbol? type)
    {
        List<ContainingTypeModel> chain = new();
        for (INamedTypeSymbol? t = type; t is not null; t = t.ContainingType)
        {
            TypeDeclarationSyntax? declaration = t.DeclaringSyntaxReferences
                .Select(r => r.GetSyntax())
                .OfType<TypeDeclarationSyntax>()
                .FirstOrDefault();
            if (declaration is null || !declaration.Modifiers.Any(m => m.IsKind(SyntaxKind.PartialKeyword))) return null;
            chain.Insert(0, new ContainingTypeModel(Keyword(declaration), NameWithTypeParameters(t)));
        }
        return new EquatableArray<ContainingTypeModel>(chain);
    }

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

    /// <summary>A file name that is unique per symbol and stable across runs.</summary>
    public static string HintName(ISymbol symbol, string suffix)
    {
        string full = symbol.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", "");
        var chars = full.Select(c => char.IsLetterOrDigit(c) || c == '.' || c == '_' ? c : '_').ToArray();
        string baseName = new string(chars);
        if (baseName.Length > 120) baseName = baseName.Substring(0, 120);
        return baseName + suffix;
    }

    /// <summary>FNV-1a of a string: a deterministic short suffix that tells overloads apart.</summary>
    public static string StableHash(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text) hash = (hash ^ c) * 16777619;
        return hash.ToString("x8");
    }
}
