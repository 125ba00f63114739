using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParamArena.Analyzers;

namespace ParamArena.CodeFixes;

/// <summary>PA0010: replaces [LibraryImport] with [ArenaMarshal], moving its arguments.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConvertToArenaMarshalCodeFix)), Shared]
public sealed class ConvertToArenaMarshalCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.PreferArenaMarshal);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span).FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } method) return;
        if (ImportAttributeRewriter.Find(method, ImportAttributeRewriter.LibraryImportName) is not { } libraryImport) return;
        if (ImportAttributeRewriter.ToArenaMarshal(libraryImport, SyntaxFactory.IdentifierName(ImportAttributeRewriter.ArenaMarshalName)) is null) return;
        context.RegisterCodeFix(
            CodeAction.Create("Use [ArenaMarshal]", token => ConvertAsync(context.Document, method, libraryImport, token), nameof(ConvertToArenaMarshalCodeFix)),
            context.Diagnostics);
    }

    private static async Task<Document> ConvertAsync(Document document, MethodDeclarationSyntax method, AttributeSyntax libraryImport, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax unit || model is null) return document;
        AttributeSyntax? arenaMarshal = ImportAttributeRewriter.ToArenaMarshal(libraryImport, SyntaxFactory.IdentifierName(ImportAttributeRewriter.ArenaMarshalName));
        if (arenaMarshal is null) return document;
        bool inScope = ParamArenaImports.InScope(model, method.SpanStart);
        unit = unit.ReplaceNode(method, ImportAttributeRewriter.Replace(method, libraryImport, arenaMarshal));
        if (!inScope) unit = ParamArenaImports.AddUsing(unit);
        return document.WithSyntaxRoot(unit);
    }
}
