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

namespace ParamArena.CodeFixes;

/// <summary>
/// Converts a [LibraryImport] or [DllImport] method to [ArenaMarshal] (PA0010 and PA0027), moving the attribute's
/// arguments, turning <c>extern</c> into <c>partial</c>, making the enclosing types partial and importing ParamArena.
/// Fix All converts a document, project or solution, which is what <c>dotnet format analyzers</c> applies.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConvertToArenaMarshalCodeFix)), Shared]
public sealed class ConvertToArenaMarshalCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.PreferArenaMarshal, DiagnosticIds.ConvertibleToArenaMarshal);

    /// <inheritdoc />
    // Every fix edits the enclosing types and the usings, so merging single fixes would drop all but one: one rewrite per document.
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(async (context, document, diagnostics) =>
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return document;
        List<MethodDeclarationSyntax> methods = diagnostics
            .Select(d => root.FindNode(d.Location.SourceSpan).FirstAncestorOrSelf<MethodDeclarationSyntax>())
            .Where(m => m is not null && Import(m) is not null)
            .Distinct()
            .ToList()!;
        return await ConvertAsync(document, methods, context.CancellationToken).ConfigureAwait(false);
    });

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span).FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } method) return;
        if (Import(method) is null) return;
        context.RegisterCodeFix(
            CodeAction.Create("Use [ArenaMarshal]", token => ConvertAsync(context.Document, new[] { method }, token), nameof(ConvertToArenaMarshalCodeFix)),
            context.Diagnostics);
    }

    private static AttributeSyntax? Import(MethodDeclarationSyntax method) =>
        ImportAttributeRewriter.Find(method, ImportAttributeRewriter.LibraryImportName) ?? ImportAttributeRewriter.Find(method, ImportAttributeRewriter.DllImportName);

    private static async Task<Document> ConvertAsync(Document document, IReadOnlyList<MethodDeclarationSyntax> methods, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax unit || model is null || methods.Count == 0) return document;
        bool inScope = ParamArenaImports.InScope(model, methods[0].SpanStart);
        HashSet<SyntaxNode> enclosing = new(methods.SelectMany(m => m.Ancestors().OfType<TypeDeclarationSyntax>())
            .Where(type => !type.Modifiers.Any(SyntaxKind.PartialKeyword)));
        unit = unit.ReplaceNodes(methods.Cast<SyntaxNode>().Concat(enclosing), (original, rewritten) => rewritten switch
        {
            MethodDeclarationSyntax method => Convert(method) ?? method,
            TypeDeclarationSyntax type => MakeTypePartialCodeFix.AddPartial(type),
            _ => rewritten,
        });
        return document.WithSyntaxRoot(inScope ? unit : ParamArenaImports.AddUsing(unit));
    }

    private static MethodDeclarationSyntax? Convert(MethodDeclarationSyntax method)
    {
        if (Import(method) is not { } import) return null;
        NameSyntax name = SyntaxFactory.IdentifierName(ImportAttributeRewriter.ArenaMarshalName);
        if (ImportAttributeRewriter.Is(import, ImportAttributeRewriter.LibraryImportName))
            return ImportAttributeRewriter.ToArenaMarshal(import, name) is { } arenaMarshal
                ? ImportedStringOwnership.Keep(ImportAttributeRewriter.Replace(method, import, arenaMarshal))
                : null;
        MethodDeclarationSyntax converted = ImportAttributeRewriter.Replace(method, import, ImportAttributeRewriter.ToArenaMarshalFromDllImport(import, name));
        if (ImportAttributeRewriter.CallingConvention(import) is { } callingConvention)
        {
            // On its own line, indented and ended like the attribute list before it.
            AttributeListSyntax last = converted.AttributeLists.Last();
            SyntaxTrivia[] indent = last.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse().Take(1).ToArray();
            converted = converted.AddAttributeLists(callingConvention.WithLeadingTrivia(indent).WithTrailingTrivia(last.GetTrailingTrivia()));
        }
        return ImportedStringOwnership.Keep(WithoutExtern(converted));
    }

    // [DllImport] methods are 'static extern' with no body; [ArenaMarshal] methods are 'static partial'.
    private static MethodDeclarationSyntax WithoutExtern(MethodDeclarationSyntax method)
    {
        SyntaxTokenList modifiers = method.Modifiers;
        int index = modifiers.IndexOf(SyntaxKind.ExternKeyword);
        if (index < 0) return method;
        SyntaxToken partial = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTriviaFrom(modifiers[index]);
        modifiers = modifiers.RemoveAt(index);
        return method.WithModifiers(modifiers.Add(partial));
    }
}
