using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ParamArena.Analyzers.Rules;

namespace ParamArena.Analyzers.Tables;

/// <summary>
/// The rules on using <c>[ArenaFunctionTable]</c> tables: a function called on a table before it is loaded (PA1010,
/// one <see cref="TableLoadFlow"/> per body that creates a table) and a table loaded with a loader of the wrong type (PA1011).
/// What the generator refuses in a table's declaration it reports itself (PA0028, PA0065, PA0066).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FunctionTableAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        PA1010TableCalledBeforeLoad.Descriptor, PA1011TableLoaderMismatch.Descriptor);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Projects without the runtime have no tables.
            if (start.Compilation.GetTypeByMetadataName(KnownNames.ArenaFunctionTableAttribute) is null) return;
            start.RegisterOperationAction(
                operation => PA1011TableLoaderMismatch.Check((IInvocationOperation)operation.Operation, operation.Compilation, operation.ReportDiagnostic),
                OperationKind.Invocation);
            start.RegisterOperationBlockAction(AnalyzeBlock);
        });
    }

    private static void AnalyzeBlock(OperationBlockAnalysisContext context)
    {
        foreach (IOperation block in context.OperationBlocks)
        {
            // A body is analyzed once, from its root; field initializers and attribute arguments create no local.
            IOperation root = block;
            while (root.Parent is not null) root = root.Parent;
            if (!ReferenceEquals(root, block) && context.OperationBlocks.Contains(root)) continue;
            if (!CreatesTable(root)) continue;
            try
            {
                ControlFlowGraph? graph = root switch
                {
                    IMethodBodyOperation method => ControlFlowGraph.Create(method, context.CancellationToken),
                    IConstructorBodyOperation constructor => ControlFlowGraph.Create(constructor, context.CancellationToken),
                    IBlockOperation body => ControlFlowGraph.Create(body, context.CancellationToken),
                    _ => null,
                };
                if (graph is not null) TableLoadFlow.Run(graph, root, context.ReportDiagnostic, context.CancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Analyzers must never fail a build; code this analysis does not understand gets no diagnostics.
            }
        }
    }

    private static bool CreatesTable(IOperation root)
    {
        foreach (IOperation node in root.DescendantsAndSelf())
        {
            if (node is IObjectCreationOperation creation && TableFacts.IsTable(creation.Type)) return true;
        }
        return false;
    }
}
