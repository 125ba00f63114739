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
        // Generated files are skipped by GeneratedFiles below, not by Roslyn (see there why).
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.Options is not CSharpCompilationOptions { AllowUnsafe: false }) return;
            start.RegisterSymbolAction(symbolContext =>
            {
                foreach (SyntaxReference reference in symbolContext.Symbol.DeclaringSyntaxReferences)
                {
                    if (!GeneratedFiles.IsGenerated(reference.SyntaxTree, symbolContext.Options))
                    {
                        Report(symbolContext.Symbol, ParamArenaSymbols.ArenaStructAttribute, symbolContext.ReportDiagnostic);
                        return;
                    }
                }
            }, SymbolKind.NamedType);
            start.RegisterSyntaxNodeAction(nodeContext =>
            {
                if (!DeclarationSyntax.IsPartialImplementation(nodeContext.Node) && !GeneratedFiles.IsGenerated(nodeContext.Node.SyntaxTree, nodeContext.Options)
                    && nodeContext.SemanticModel.GetDeclaredSymbol(nodeContext.Node, nodeContext.CancellationToken) is IMethodSymbol method)
                    Report(method, ParamArenaSymbols.ArenaMarshalAttribute, nodeContext.ReportDiagnostic);
            }, SyntaxKind.MethodDeclaration);
        });
    }

    private static void Report(ISymbol symbol, string attributeName, System.Action<Diagnostic> report)
    {
        AttributeData? attribute = ParamArenaSymbols.GetAttribute(symbol, attributeName);
        if (attribute is null) return;
        report(Diagnostic.Create(Descriptors.UnsafeBlocksRequired, DeclarationSyntax.AttributeLocation(attribute, DeclarationSyntax.NameLocation(symbol))));
    }
}
