using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ParamArena.CodeFixes;

/// <summary>Makes sure a file can name ParamArena's attributes by their short names.</summary>
internal static class ParamArenaImports
{
    /// <summary>True when <c>ArenaMarshalAttribute</c> already resolves at <paramref name="position"/>.</summary>
    public static bool InScope(SemanticModel model, int position)
        => model.LookupNamespacesAndTypes(position, name: "ArenaMarshalAttribute").Any(symbol => symbol.ContainingNamespace?.ToDisplayString() == "ParamArena");

    /// <summary>Adds <c>using ParamArena;</c> after the file's other usings.</summary>
    public static CompilationUnitSyntax AddUsing(CompilationUnitSyntax root)
    {
        UsingDirectiveSyntax directive = SyntaxFactory.UsingDirective(SyntaxFactory.IdentifierName("ParamArena"))
            .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed);
        if (root.Usings.Count > 0)
        {
            directive = directive.WithTrailingTrivia(root.Usings.Last().GetTrailingTrivia());
        }
        return root.AddUsings(directive);
    }
}
