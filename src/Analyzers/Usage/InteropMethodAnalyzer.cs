using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ParamArena.Analyzers.Rules;

namespace ParamArena.Analyzers.Usage;

/// <summary>
/// Resolves each written method declaration once and runs the rules that apply to it: for [ArenaMarshal] methods
/// PA0001–PA0005, PA0007, PA0009, PA0011 and PA1006; for other (e.g. [LibraryImport]) methods PA0010. Each rule's
/// logic lives in its own file under Rules/.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InteropMethodAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        PA0001NotStaticPartial.Descriptor, PA0002ContainingTypeNotPartial.Descriptor, PA0003GenericMethod.Descriptor,
        PA0004BothImportAttributes.Descriptor, PA0005UnsupportedSignatureType.Descriptor, PA0007InconsistentCount.Descriptor,
        PA0009UnsafeBlocksRequired.Descriptor, PA0010PreferArenaMarshal.Descriptor, PA0011InvalidDeclaration.Descriptor,
        PA1006PointerIntoStaging.Descriptor);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // Generated files are skipped by GeneratedFiles below, not by Roslyn (see there why).
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Rules that depend on the project, decided once per compilation.
            bool unsafeRequired = PA0009UnsafeBlocksRequired.AppliesTo(start.Compilation);
            bool suggest = PA0010PreferArenaMarshal.AppliesTo(start.Compilation);
            // One action per written declaration: symbol actions on partial methods differ between compiler versions
            // (definition, implementation or both), while the user's declaration is always exactly one node.
            start.RegisterSyntaxNodeAction(node => AnalyzeDeclaration(node, unsafeRequired, suggest), SyntaxKind.MethodDeclaration);
        });
    }

    private static void AnalyzeDeclaration(SyntaxNodeAnalysisContext context, bool unsafeRequired, bool suggest)
    {
        // A partial method is analyzed once, through its declaration; the (generated) implementation part is skipped.
        if (DeclarationSyntax.IsPartialImplementation(context.Node) || GeneratedFiles.IsGenerated(context.Node.SyntaxTree, context.Options)) return;
        if (context.SemanticModel.GetDeclaredSymbol(context.Node, context.CancellationToken) is not IMethodSymbol method) return;
        AttributeData? arenaMarshal = ParamArenaSymbols.GetAttribute(method, ParamArenaSymbols.ArenaMarshalAttribute);
        if (arenaMarshal is null)
        {
            if (suggest) PA0010PreferArenaMarshal.Check(method, context.ReportDiagnostic);
            return;
        }

        var declaration = new ArenaMarshalMethod(method, arenaMarshal, context.ReportDiagnostic);
        PA0001NotStaticPartial.Check(declaration);
        PA0002ContainingTypeNotPartial.Check(declaration);
        PA0003GenericMethod.Check(declaration);
        PA0004BothImportAttributes.Check(declaration);
        PA0005UnsupportedSignatureType.Check(declaration);
        PA0007InconsistentCount.CheckMethod(declaration);
        if (unsafeRequired) PA0009UnsafeBlocksRequired.Check(declaration);
        PA0011InvalidDeclaration.CheckMethod(declaration);
        PA1006PointerIntoStaging.Check(declaration);
    }
}
