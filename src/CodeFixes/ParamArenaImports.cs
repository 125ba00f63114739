using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ParamArena.CodeFixes;

/// <summary>Makes sure a file can name the import attributes by their short names.</summary>
internal static class ParamArenaImports
{
    /// <summary>True when <c>ArenaMarshalAttribute</c> already resolves at <paramref name="position"/>.</summary>
    public static bool InScope(SemanticModel model, int position)
        => model.LookupNamespacesAndTypes(position, name: "ArenaMarshalAttribute").Any(symbol => symbol.ContainingNamespace?.ToDisplayString() == "ParamArena");

    /// <summary>Adds <c>using ParamArena;</c> after the file's other usings.</summary>
    public static CompilationUnitSyntax AddUsing(CompilationUnitSyntax root) => AddUsing(root, "ParamArena");

    /// <summary>Adds <c>using <paramref name="namespaceName"/>;</c> after the file's other usings, with the file's line ending.</summary>
    public static CompilationUnitSyntax AddUsing(CompilationUnitSyntax root, string namespaceName)
    {
        SyntaxTrivia newLine = root.ToFullString().Contains("\r\n") ? SyntaxFactory.CarriageReturnLineFeed : SyntaxFactory.LineFeed;
        UsingDirectiveSyntax directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(namespaceName))
            .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(newLine);
        return root.AddUsings(directive);
    }
}
