using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ParamArena.Analyzers.Usage;

/// <summary>Reports [ArenaMarshal] methods and [ArenaStruct] shapes in a project that does not allow unsafe code (PA0009).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnsafeBlocksAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnsafeBlocksRequired);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.Options is not CSharpCompilationOptions { AllowUnsafe: false }) return;
            start.RegisterSymbolAction(symbolContext =>
            {
                if (symbolContext.Symbol is IMethodSymbol { PartialDefinitionPart: not null }) return;
                string attributeName = symbolContext.Symbol is IMethodSymbol ? ParamArenaSymbols.ArenaMarshalAttribute : ParamArenaSymbols.ArenaStructAttribute;
                AttributeData? attribute = ParamArenaSymbols.GetAttribute(symbolContext.Symbol, attributeName);
                if (attribute is null) return;
                Location location = DeclarationSyntax.AttributeLocation(attribute, DeclarationSyntax.NameLocation(symbolContext.Symbol));
                symbolContext.ReportDiagnostic(Diagnostic.Create(Descriptors.UnsafeBlocksRequired, location));
            }, SymbolKind.Method, SymbolKind.NamedType);
        });
    }
}
