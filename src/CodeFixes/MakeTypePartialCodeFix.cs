using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParamArena.Analyzers;

namespace ParamArena.CodeFixes;

/// <summary>PA0002, PA0008: adds 'partial' to the shape or method's type and every type around it.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeTypePartialCodeFix)), Shared]
public sealed class MakeTypePartialCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ContainingTypeNotPartial, DiagnosticIds.ShapeNotPartial);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return;
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            // PA0008 carries the shape as an additional location; PA0002 sits on the method inside the types.
            Location anchor = diagnostic.AdditionalLocations.FirstOrDefault(location => location.SourceTree == root.SyntaxTree) ?? diagnostic.Location;
            SyntaxNode node = root.FindNode(anchor.SourceSpan);
            List<TypeDeclarationSyntax> types = node.AncestorsAndSelf().OfType<TypeDeclarationSyntax>()
                .Where(type => !type.Modifiers.Any(SyntaxKind.PartialKeyword)).ToList();
            if (types.Count == 0) continue;
            context.RegisterCodeFix(
                CodeAction.Create("Make the type partial", token => Task.FromResult(context.Document.WithSyntaxRoot(MakePartial(root, types))), nameof(MakeTypePartialCodeFix)),
                diagnostic);
        }
    }

    private static SyntaxNode MakePartial(SyntaxNode root, IReadOnlyCollection<TypeDeclarationSyntax> types)
        => root.ReplaceNodes(types, (_, rewritten) => AddPartial(rewritten));

    internal static TypeDeclarationSyntax AddPartial(TypeDeclarationSyntax type)
    {
        if (type.Modifiers.Count == 0)
        {
            SyntaxToken keyword = type.Keyword;
            SyntaxToken partial = SyntaxFactory.Token(keyword.LeadingTrivia, SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
            return type.WithKeyword(keyword.WithLeadingTrivia()).WithModifiers(SyntaxFactory.TokenList(partial));
        }
        return type.WithModifiers(type.Modifiers.Add(SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space)));
    }
}
