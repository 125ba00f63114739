using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeRefactorings;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ParamArena.CodeFixes;

/// <summary>
/// Converts a method's [LibraryImport] into [ArenaMarshal] and back, on request (no diagnostic needed), moving
/// the library name, EntryPoint, SetLastError and StringMarshalling and importing the attribute's namespace.
/// </summary>
[ExportCodeRefactoringProvider(LanguageNames.CSharp, Name = nameof(ConvertImportAttributeRefactoring)), Shared]
public sealed class ConvertImportAttributeRefactoring : CodeRefactoringProvider
{
    /// <inheritdoc />
    public override async Task ComputeRefactoringsAsync(CodeRefactoringContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span).FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } method) return;
        AttributeSyntax? libraryImport = ImportAttributeRewriter.Find(method, ImportAttributeRewriter.LibraryImportName);
        AttributeSyntax? arenaMarshal = ImportAttributeRewriter.Find(method, ImportAttributeRewriter.ArenaMarshalName);
        if (libraryImport is not null && arenaMarshal is null
            && ImportAttributeRewriter.ToArenaMarshal(libraryImport, SyntaxFactory.IdentifierName(ImportAttributeRewriter.ArenaMarshalName)) is not null)
        {
            context.RegisterRefactoring(CodeAction.Create("Convert to [ArenaMarshal]",
                token => ToArenaMarshalAsync(context.Document, method, libraryImport, token), "ConvertToArenaMarshal"));
        }
        else if (arenaMarshal is not null && libraryImport is null)
        {
            context.RegisterRefactoring(CodeAction.Create("Convert to [LibraryImport]",
                token => ToLibraryImportAsync(context.Document, method, arenaMarshal, token), "ConvertToLibraryImport"));
        }
    }

    private static async Task<Document> ToArenaMarshalAsync(Document document, MethodDeclarationSyntax method, AttributeSyntax libraryImport, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        AttributeSyntax? converted = ImportAttributeRewriter.ToArenaMarshal(libraryImport, SyntaxFactory.IdentifierName(ImportAttributeRewriter.ArenaMarshalName));
        if (root is not CompilationUnitSyntax unit || model is null || converted is null) return document;
        bool inScope = ParamArenaImports.InScope(model, method.SpanStart);
        unit = unit.ReplaceNode(method, ImportAttributeRewriter.Replace(method, libraryImport, converted));
        return document.WithSyntaxRoot(inScope ? unit : ParamArenaImports.AddUsing(unit));
    }

    private static async Task<Document> ToLibraryImportAsync(Document document, MethodDeclarationSyntax method, AttributeSyntax arenaMarshal, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax unit || model is null) return document;
        AttributeSyntax converted = ImportAttributeRewriter.ToLibraryImport(arenaMarshal, ImportAttributeRewriter.MentionsStrings(method));
        bool inScope = model.LookupNamespacesAndTypes(method.SpanStart, name: "LibraryImportAttribute").Any();
        unit = unit.ReplaceNode(method, ImportAttributeRewriter.Replace(method, arenaMarshal, converted));
        if (!inScope) unit = ParamArenaImports.AddUsing(unit, "System.Runtime.InteropServices");
        return document.WithSyntaxRoot(unit);
    }
}
