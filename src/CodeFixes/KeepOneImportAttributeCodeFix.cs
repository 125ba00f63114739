using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParamArena.Analyzers;

namespace ParamArena.CodeFixes;

/// <summary>PA0004: keeps [ArenaMarshal] or [LibraryImport] on a method that has both, moving the other's arguments over.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KeepOneImportAttributeCodeFix)), Shared]
public sealed class KeepOneImportAttributeCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.BothImportAttributes);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span).FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } method) return;
        if (ImportAttributeRewriter.Find(method, ImportAttributeRewriter.LibraryImportName) is null
            || ImportAttributeRewriter.Find(method, ImportAttributeRewriter.ArenaMarshalName) is null) return;
        context.RegisterCodeFix(
            CodeAction.Create("Keep [ArenaMarshal] (remove [LibraryImport])", token => KeepAsync(context.Document, method, keepArenaMarshal: true, token), "KeepArenaMarshal"),
            context.Diagnostics);
        context.RegisterCodeFix(
            CodeAction.Create("Keep [LibraryImport] (remove [ArenaMarshal])", token => KeepAsync(context.Document, method, keepArenaMarshal: false, token), "KeepLibraryImport"),
            context.Diagnostics);
    }

    private static async Task<Document> KeepAsync(Document document, MethodDeclarationSyntax method, bool keepArenaMarshal, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null) return document;
        string keptName = keepArenaMarshal ? ImportAttributeRewriter.ArenaMarshalName : ImportAttributeRewriter.LibraryImportName;
        string removedName = keepArenaMarshal ? ImportAttributeRewriter.LibraryImportName : ImportAttributeRewriter.ArenaMarshalName;
        AttributeSyntax kept = ImportAttributeRewriter.Find(method, keptName)!;
        AttributeSyntax merged = ImportAttributeRewriter.MergeMissing(kept, ImportAttributeRewriter.Find(method, removedName)!, keepArenaMarshal);
        if (!keepArenaMarshal && ImportAttributeRewriter.MentionsStrings(method))
            merged = ImportAttributeRewriter.ToLibraryImport(merged, needsEncoding: true).WithName(merged.Name);

        MethodDeclarationSyntax updated = method.ReplaceNode(kept, merged.WithTriviaFrom(kept));
        updated = ImportAttributeRewriter.Replace(updated, ImportAttributeRewriter.Find(updated, removedName)!, null);
        return document.WithSyntaxRoot(root.ReplaceNode(method, updated));
    }
}
