using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ParamArena.CodeFixes;

/// <summary>
/// Keeps who frees a string when an import becomes [ArenaMarshal]: [LibraryImport] and [DllImport] free a returned string,
/// and one received through 'out' or 'ref', with Marshal.FreeCoTaskMem, so the converted method says [ArenaFree] there
/// (without it the stub would only decode the string, and every call would leak it).
/// </summary>
internal static class ImportedStringOwnership
{
    private const string FreeName = "ArenaFree";

    public static MethodDeclarationSyntax Keep(MethodDeclarationSyntax method)
    {
        MethodDeclarationSyntax converted = method.WithParameterList(method.ParameterList.WithParameters(SyntaxFactory.SeparatedList(
            method.ParameterList.Parameters.Select(KeepParameter), method.ParameterList.Parameters.GetSeparators())));
        if (!IsString(method.ReturnType) || converted.AttributeLists.Any(list => list.Target?.Identifier.IsKind(SyntaxKind.ReturnKeyword) == true && HasFree(list)))
            return converted;
        // On its own line, indented like the attribute list before it.
        AttributeListSyntax last = converted.AttributeLists.Last();
        SyntaxTrivia[] indent = last.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse().Take(1).ToArray();
        AttributeListSyntax free = SyntaxFactory.AttributeList(SyntaxFactory.AttributeTargetSpecifier(SyntaxFactory.Token(SyntaxKind.ReturnKeyword)),
            SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(SyntaxFactory.IdentifierName(FreeName))));
        return converted.AddAttributeLists(free.WithLeadingTrivia(indent).WithTrailingTrivia(last.GetTrailingTrivia()));
    }

    private static ParameterSyntax KeepParameter(ParameterSyntax parameter)
    {
        bool byReference = parameter.Modifiers.Any(m => m.IsKind(SyntaxKind.OutKeyword) || m.IsKind(SyntaxKind.RefKeyword));
        if (!byReference || parameter.Type is null || !IsString(parameter.Type) || parameter.AttributeLists.Any(HasFree)) return parameter;
        AttributeListSyntax free = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(SyntaxFactory.IdentifierName(FreeName))))
            .WithTrailingTrivia(SyntaxFactory.Space);
        return parameter.AttributeLists.Count == 0
            ? parameter.WithoutLeadingTrivia().AddAttributeLists(free.WithLeadingTrivia(parameter.GetLeadingTrivia()))
            : parameter.AddAttributeLists(free);
    }

    private static bool HasFree(AttributeListSyntax list) => list.Attributes.Any(attribute => ImportAttributeRewriter.Is(attribute, FreeName));

    private static bool IsString(TypeSyntax type) => type switch
    {
        NullableTypeSyntax nullable => IsString(nullable.ElementType),
        PredefinedTypeSyntax predefined => predefined.Keyword.IsKind(SyntaxKind.StringKeyword),
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText == "String" && qualified.Left.ToString().EndsWith("System", System.StringComparison.Ordinal),
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText == "String",
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText == "String",
        _ => false,
    };
}
