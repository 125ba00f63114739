using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ParamArena.Analyzers.Escape;

/// <summary>
/// Reports arena memory that outlives its lease (PA1001–PA1005, PA1007) and leases that are not disposed on
/// every path (PA1008). Runs one flow analysis (<see cref="LeaseFlowAnalysis"/>) per method body that calls into the
/// arena; the engine records escape events and <see cref="EscapeReporter"/> turns them into diagnostics.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ArenaEscapeAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => EscapeReporter.Rules;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Projects that do not reference the runtime pay nothing.
            if (start.Compilation.GetTypeByMetadataName("ParamArena.ArenaLease") is null) return;
            start.RegisterOperationBlockAction(AnalyzeBlock);
        });
    }

    private static void AnalyzeBlock(OperationBlockAnalysisContext context)
    {
        foreach (IOperation block in context.OperationBlocks)
        {
            // A method's block may hang under its IMethodBodyOperation; analyze each body once, from its root.
            IOperation root = block;
            while (root.Parent is not null) root = root.Parent;
            if (!ReferenceEquals(root, block) && ContainsBlock(context, root)) continue;
            if (!ArenaApis.TouchesArena(root)) continue;
            try
            {
                ControlFlowGraph? graph = root switch
                {
                    IMethodBodyOperation method => ControlFlowGraph.Create(method, context.CancellationToken),
                    IConstructorBodyOperation constructor => ControlFlowGraph.Create(constructor, context.CancellationToken),
                    IBlockOperation body => ControlFlowGraph.Create(body, context.CancellationToken),
                    _ => null,
                };
                if (graph is not null) LeaseFlowAnalysis.Run(graph, context.OwningSymbol as IMethodSymbol, new EscapeReporter(context.ReportDiagnostic).Add, context.CancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Analyzers must never fail a build; code this analysis does not understand gets no diagnostics.
            }
        }
    }

    private static bool ContainsBlock(OperationBlockAnalysisContext context, IOperation root)
    {
        foreach (IOperation block in context.OperationBlocks)
        {
            if (ReferenceEquals(block, root)) return true;
        }
        return false;
    }
}
