using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ParamArena.CodeFixes;

/// <summary>
/// Turns [LibraryImport] into [ArenaMarshal] and back, moving the arguments both take (library name,
/// EntryPoint, SetLastError, StringMarshalling) and accounting for their different string defaults.
/// </summary>
internal static class ImportAttributeRewriter
{
    public const string LibraryImportName = "LibraryImport";
    public const string DllImportName = "DllImport";
    public const string ArenaMarshalName = "ArenaMarshal";

    /// <summary>True when <paramref name="attribute"/> is written as <paramref name="shortName"/>, with or without namespace and "Attribute" suffix.</summary>
    public static bool Is(AttributeSyntax attribute, string shortName)
    {
        string name = attribute.Name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => attribute.Name.ToString(),
        };
        return name == shortName || name == shortName + "Attribute";
    }

    public static AttributeSyntax? Find(MethodDeclarationSyntax method, string shortName)
        => method.AttributeLists.SelectMany(list => list.Attributes).FirstOrDefault(attribute => Is(attribute, shortName));

    /// <summary>The [ArenaMarshal] equivalent of a [LibraryImport], or null when it uses a custom string marshaller.</summary>
    public static AttributeSyntax? ToArenaMarshal(AttributeSyntax libraryImport, NameSyntax arenaMarshalName)
    {
        var arguments = new List<AttributeArgumentSyntax>();
        foreach (AttributeArgumentSyntax argument in Arguments(libraryImport))
        {
            string? name = NameOf(argument);
            if (name == "StringMarshallingCustomType") return null;
            // UTF-8 is [ArenaMarshal]'s default; leaving it out keeps the attribute short.
            if (name == "StringMarshalling" && argument.Expression.ToString().EndsWith(".Utf8", System.StringComparison.Ordinal)) continue;
            arguments.Add(argument);
        }
        return Build(arenaMarshalName, libraryImport, arguments);
    }

    /// <summary>
    /// The [ArenaMarshal] equivalent of a [DllImport]: library, EntryPoint and SetLastError kept, CharSet.Unicode as
    /// StringMarshalling.Utf16; the rest only says how the runtime marshaller would behave, which the stub replaces.
    /// </summary>
    public static AttributeSyntax ToArenaMarshalFromDllImport(AttributeSyntax dllImport, NameSyntax arenaMarshalName)
    {
        var arguments = new List<AttributeArgumentSyntax>();
        foreach (AttributeArgumentSyntax argument in Arguments(dllImport))
        {
            string? name = NameOf(argument) ?? argument.NameColon?.Name.Identifier.ValueText;
            if (name is null) arguments.Add(argument);
            else if (name is "EntryPoint" or "SetLastError") arguments.Add(argument.WithNameColon(null).WithNameEquals(SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName(name))));
            else if (name == "CharSet" && argument.Expression.ToString().EndsWith("Unicode", System.StringComparison.Ordinal))
                arguments.Add(Named("StringMarshalling", SyntaxFactory.ParseExpression("global::System.Runtime.InteropServices.StringMarshalling.Utf16")));
        }
        return Build(arenaMarshalName, dllImport, arguments);
    }

    /// <summary>The calling convention a [DllImport] names, as an [UnmanagedCallConv] for the stub to forward; null for the platform default.</summary>
    public static AttributeListSyntax? CallingConvention(AttributeSyntax dllImport)
    {
        AttributeArgumentSyntax? argument = Arguments(dllImport).FirstOrDefault(a => NameOf(a) == "CallingConvention");
        string? type = argument?.Expression.ToString() switch
        {
            { } text when text.EndsWith("Cdecl", System.StringComparison.Ordinal) => "CallConvCdecl",
            { } text when text.EndsWith("StdCall", System.StringComparison.Ordinal) => "CallConvStdcall",
            { } text when text.EndsWith("ThisCall", System.StringComparison.Ordinal) => "CallConvThiscall",
            { } text when text.EndsWith("FastCall", System.StringComparison.Ordinal) => "CallConvFastcall",
            _ => null,
        };
        return type is null ? null : SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(
            SyntaxFactory.ParseName("global::System.Runtime.InteropServices.UnmanagedCallConv"),
            SyntaxFactory.ParseAttributeArgumentList("(CallConvs = new[] { typeof(global::System.Runtime.CompilerServices." + type + ") })"))));
    }

    /// <summary>The [LibraryImport] equivalent of an [ArenaMarshal]; <paramref name="needsEncoding"/> adds the UTF-8 encoding [ArenaMarshal] implied.</summary>
    public static AttributeSyntax ToLibraryImport(AttributeSyntax arenaMarshal, bool needsEncoding)
    {
        var arguments = Arguments(arenaMarshal).ToList();
        if (needsEncoding && !arguments.Any(argument => NameOf(argument) == "StringMarshalling"))
            arguments.Add(Named("StringMarshalling", SyntaxFactory.ParseExpression("StringMarshalling.Utf8")));
        return Build(SyntaxFactory.IdentifierName(LibraryImportName), arenaMarshal, arguments);
    }

    /// <summary>Adds to <paramref name="kept"/> the named arguments only <paramref name="removed"/> has (for example an EntryPoint).</summary>
    public static AttributeSyntax MergeMissing(AttributeSyntax kept, AttributeSyntax removed, bool keptIsArenaMarshal)
    {
        var arguments = Arguments(kept).ToList();
        var names = new HashSet<string>(arguments.Select(NameOf).Where(name => name is not null)!);
        foreach (AttributeArgumentSyntax argument in Arguments(removed))
        {
            string? name = NameOf(argument);
            if (name is null || names.Contains(name)) continue;
            if (name is not ("EntryPoint" or "SetLastError" or "StringMarshalling")) continue;
            if (keptIsArenaMarshal && name == "StringMarshalling" && argument.Expression.ToString().EndsWith(".Utf8", System.StringComparison.Ordinal)) continue;
            arguments.Add(argument);
        }
        return Build(kept.Name, kept, arguments);
    }

    /// <summary>Replaces <paramref name="attribute"/> in <paramref name="method"/> with <paramref name="replacement"/>, or removes it when null, keeping the method's leading trivia (doc comments) in place.</summary>
    public static MethodDeclarationSyntax Replace(MethodDeclarationSyntax method, AttributeSyntax attribute, AttributeSyntax? replacement)
    {
        if (replacement is not null) return method.ReplaceNode(attribute, replacement.WithTriviaFrom(attribute));
        var list = (AttributeListSyntax)attribute.Parent!;
        if (list.Attributes.Count > 1) return method.ReplaceNode(list, list.WithAttributes(list.Attributes.Remove(attribute)));

        SyntaxTriviaList leading = method.GetLeadingTrivia();
        bool wasFirst = method.AttributeLists.IndexOf(list) == 0;
        MethodDeclarationSyntax without = method.WithAttributeLists(method.AttributeLists.Remove(list));
        return wasFirst ? without.WithLeadingTrivia(leading) : without;
    }

    /// <summary>True when a string appears in the signature: [LibraryImport] then needs its encoding spelled out, [ArenaMarshal] implies UTF-8.</summary>
    public static bool MentionsStrings(MethodDeclarationSyntax method)
        => method.ParameterList.Parameters.Any(parameter => parameter.Type?.ToString().Contains("string") == true)
           || method.ReturnType.ToString().Contains("string");

    private static IEnumerable<AttributeArgumentSyntax> Arguments(AttributeSyntax attribute)
        => attribute.ArgumentList?.Arguments ?? Enumerable.Empty<AttributeArgumentSyntax>();

    private static string? NameOf(AttributeArgumentSyntax argument) => argument.NameEquals?.Name.Identifier.ValueText;

    private static AttributeArgumentSyntax Named(string name, ExpressionSyntax value)
        => SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName(name)), null, value);

    private static AttributeSyntax Build(NameSyntax name, AttributeSyntax original, IEnumerable<AttributeArgumentSyntax> arguments)
    {
        var separated = SyntaxFactory.SeparatedList(arguments.Select(argument => argument.WithoutTrivia()),
            arguments.Skip(1).Select(_ => SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space)));
        return SyntaxFactory.Attribute(name.WithTriviaFrom(original.Name), SyntaxFactory.AttributeArgumentList(separated)).WithTriviaFrom(original);
    }
}
