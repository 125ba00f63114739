using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ParamArena.Analyzers.Rules;

namespace ParamArena.Analyzers.Usage;

/// <summary>
/// Resolves each written [ArenaStruct] shape once and runs the rules that check it (PA0006, PA0007, PA0008,
/// PA0009, PA0011); each rule's logic lives in its own file under Rules/.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ArenaStructAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        PA0008ShapeNotPartial.Descriptor, PA0006UnsupportedShapeField.Descriptor, PA0007InconsistentCount.Descriptor,
        PA0009UnsafeBlocksRequired.Descriptor, PA0011InvalidDeclaration.Descriptor);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // Generated files are skipped by ArenaStructShape.DeclaredOnlyInGeneratedFiles, not by Roslyn (see GeneratedFiles why).
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            bool unsafeRequired = PA0009UnsafeBlocksRequired.AppliesTo(start.Compilation);
            start.RegisterSymbolAction(symbol => AnalyzeType(symbol, unsafeRequired), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, bool unsafeRequired)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        AttributeData? arenaStruct = ParamArenaSymbols.GetAttribute(type, ParamArenaSymbols.ArenaStructAttribute);
        if (arenaStruct is null || GeneratedFiles.DeclaredOnlyInGenerated(type, context.Options)) return;
        if (unsafeRequired) PA0009UnsafeBlocksRequired.Check(type, arenaStruct, context.ReportDiagnostic);
        if (type.TypeKind != TypeKind.Struct) return;
        var shape = new ArenaStructShape(type, context.Options, context.ReportDiagnostic);
        if (!PA0011InvalidDeclaration.CheckShape(shape)) return;
        PA0008ShapeNotPartial.Check(shape);
        PA0006UnsupportedShapeField.Check(shape);
        PA0007InconsistentCount.CheckShape(shape);
    }
}
