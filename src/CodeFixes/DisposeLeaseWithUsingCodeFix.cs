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

/// <summary>
/// PA1008: turns <c>var lease = ArenaLease.Rent();</c> into <c>using var lease = ...</c> and removes the
/// explicit <c>lease.Dispose()</c> calls the using replaces (a second Dispose would close the scope twice).
/// Offered only where a using declaration compiles: a statement directly in a block, a lease never reassigned.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DisposeLeaseWithUsingCodeFix)), Shared]
public sealed class DisposeLeaseWithUsingCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.LeaseNotDisposed);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return;
        SyntaxNode node = root.FindNode(context.Span, getInnermostNodeForTie: true);
        if (node.FirstAncestorOrSelf<LocalDeclarationStatementSyntax>() is not { } statement) return;
        if (!statement.UsingKeyword.IsKind(SyntaxKind.None) || statement.Parent is not BlockSyntax) return;
        if (statement.Declaration.Variables.Count != 1) return;
        VariableDeclaratorSyntax variable = statement.Declaration.Variables[0];
        if (variable.Initializer?.Value is not { } value || !value.Span.Contains(context.Span)) return;
        string name = variable.Identifier.ValueText;
        SyntaxNode? body = statement.Ancestors().FirstOrDefault(ancestor => ancestor is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or AccessorDeclarationSyntax);
        if (body is null || IsReassigned(body, name, variable)) return;

        context.RegisterCodeFix(
            CodeAction.Create("Dispose the lease with 'using'", token => Task.FromResult(context.Document.WithSyntaxRoot(Rewrite(root, body, statement, name))), nameof(DisposeLeaseWithUsingCodeFix)),
            context.Diagnostics);
    }

    private static bool IsReassigned(SyntaxNode body, string name, VariableDeclaratorSyntax declaration)
    {
        foreach (SyntaxNode node in body.DescendantNodes())
        {
            if (node is AssignmentExpressionSyntax { Left: IdentifierNameSyntax left } && left.Identifier.ValueText == name) return true;
            if (node is ArgumentSyntax { RefKindKeyword.RawKind: not 0, Expression: IdentifierNameSyntax passed } && passed.Identifier.ValueText == name) return true;
        }
        return false;
    }

    private static SyntaxNode Rewrite(SyntaxNode root, SyntaxNode body, LocalDeclarationStatementSyntax statement, string name)
    {
        var disposals = body.DescendantNodes().OfType<ExpressionStatementSyntax>()
            .Where(candidate => candidate.Expression is InvocationExpressionSyntax
            {
                Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Dispose", Expression: IdentifierNameSyntax receiver },
                ArgumentList.Arguments.Count: 0,
            } && receiver.Identifier.ValueText == name && candidate.Parent is BlockSyntax)
            .ToList();

        SyntaxToken usingKeyword = SyntaxFactory.Token(statement.GetLeadingTrivia(), SyntaxKind.UsingKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
        LocalDeclarationStatementSyntax usingStatement = statement.WithoutLeadingTrivia().WithUsingKeyword(usingKeyword);

        SyntaxNode updated = root.TrackNodes(disposals.Cast<SyntaxNode>().Append(statement));
        updated = updated.ReplaceNode(updated.GetCurrentNode(statement)!, usingStatement);
        foreach (ExpressionStatementSyntax disposal in disposals)
        {
            SyntaxNode? current = updated.GetCurrentNode(disposal);
            if (current is not null) updated = updated.RemoveNode(current, SyntaxRemoveOptions.KeepNoTrivia)!;
        }
        return updated;
    }
}
