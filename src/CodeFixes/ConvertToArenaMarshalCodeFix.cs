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
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span).FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } method) return;
        if (Import(method) is null) return;
        context.RegisterCodeFix(
            CodeAction.Create("Use [ArenaMarshal]", token => ConvertAsync(context.Document, method, token), nameof(ConvertToArenaMarshalCodeFix)),
            context.Diagnostics);
    }

    private static AttributeSyntax? Import(MethodDeclarationSyntax method) =>
        ImportAttributeRewriter.Find(method, ImportAttributeRewriter.LibraryImportName) ?? ImportAttributeRewriter.Find(method, ImportAttributeRewriter.DllImportName);

    private static async Task<Document> ConvertAsync(Document document, MethodDeclarationSyntax method, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax unit || model is null || Import(method) is not { } import) return document;
        NameSyntax name = SyntaxFactory.IdentifierName(ImportAttributeRewriter.ArenaMarshalName);
        MethodDeclarationSyntax converted;
        if (ImportAttributeRewriter.Is(import, ImportAttributeRewriter.LibraryImportName))
        {
            if (ImportAttributeRewriter.ToArenaMarshal(import, name) is not { } arenaMarshal) return document;
            converted = ImportAttributeRewriter.Replace(method, import, arenaMarshal);
        }
        else
        {
            converted = ImportAttributeRewriter.Replace(method, import, ImportAttributeRewriter.ToArenaMarshalFromDllImport(import, name));
            if (ImportAttributeRewriter.CallingConvention(import) is { } callingConvention)
            {
                // On its own line, indented and ended like the attribute list before it.
                AttributeListSyntax last = converted.AttributeLists.Last();
                SyntaxTrivia[] indent = last.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse().Take(1).ToArray();
                converted = converted.AddAttributeLists(callingConvention.WithLeadingTrivia(indent).WithTrailingTrivia(last.GetTrailingTrivia()));
            }
            converted = WithoutExtern(converted);
        }
        bool inScope = ParamArenaImports.InScope(model, method.SpanStart);
        List<TypeDeclarationSyntax> enclosing = method.Ancestors().OfType<TypeDeclarationSyntax>()
            .Where(type => !type.Modifiers.Any(SyntaxKind.PartialKeyword)).ToList();
        SyntaxNode updated = unit.ReplaceNodes(enclosing.Cast<SyntaxNode>().Append(method), (original, rewritten) =>
            original == method ? converted : MakeTypePartialCodeFix.AddPartial((TypeDeclarationSyntax)rewritten));
        unit = (CompilationUnitSyntax)updated;
        return document.WithSyntaxRoot(inScope ? unit : ParamArenaImports.AddUsing(unit));
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
