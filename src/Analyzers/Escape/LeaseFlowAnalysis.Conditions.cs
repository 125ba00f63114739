using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ParamArena.Analyzers.Escape;

/// <summary>
/// Correlated conditions: a lease rented under <c>if (x)</c> and disposed under a second <c>if (x)</c> is not live
/// on the path where <c>x</c> is false. Only boolean locals and parameters of this function whose value changes
/// nowhere but through plain assignments seen by this walk take part, so a known value stays true until the
/// walk itself sees it assigned.
/// </summary>
internal sealed partial class LeaseFlowAnalysis
{
    private void ClassifyConditions()
    {
        var declared = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        CollectDeclaredLocals(_graph.Root, declared);
        var candidates = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var excluded = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (BasicBlock block in _graph.Blocks)
        {
            foreach (IOperation operation in BlockOperations(block))
            {
                foreach (IOperation node in operation.DescendantsAndSelf())
                {
                    ISymbol? symbol = node switch
                    {
                        ILocalReferenceOperation local when declared.Contains(local.Local) => local.Local,
                        // Parameters are this function's own only at the top level; a lambda sees its method's too.
                        IParameterReferenceOperation { Parameter.RefKind: RefKind.None } parameter when _depth == 0 => parameter.Parameter,
                        _ => null,
                    };
                    if (symbol is null || !IsBoolean(symbol)) continue;
                    if (IsOtherWrite(node)) excluded.Add(symbol);
                    else candidates.Add(symbol);
                }
            }
        }
        if (candidates.Count == 0) return;
        // Lambdas and local functions may assign a captured variable at any call: it takes no part.
        CollectNestedWrites(_graph, excluded, 0);
        foreach (ISymbol symbol in candidates)
        {
            if (!excluded.Contains(symbol)) _conditions.Add(symbol);
        }
    }

    private static bool IsBoolean(ISymbol symbol) => symbol switch
    {
        ILocalSymbol { RefKind: RefKind.None } local => local.Type.SpecialType == SpecialType.System_Boolean,
        IParameterSymbol parameter => parameter.Type.SpecialType == SpecialType.System_Boolean,
        _ => false,
    };

    private static void CollectDeclaredLocals(ControlFlowRegion region, HashSet<ISymbol> declared)
    {
        foreach (ILocalSymbol local in region.Locals) declared.Add(local);
        foreach (ControlFlowRegion nested in region.NestedRegions) CollectDeclaredLocals(nested, declared);
    }

    // Any change of the variable other than a plain assignment to it (which the walk sees and handles).
    private static bool IsOtherWrite(IOperation reference) => reference.Parent switch
    {
        ISimpleAssignmentOperation assignment => assignment.IsRef && ReferenceEquals(assignment.Value, reference),
        ICompoundAssignmentOperation or ICoalesceAssignmentOperation or IIncrementOrDecrementOperation => true,
        IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out,
        IAddressOfOperation or ITupleOperation or IDeclarationExpressionOperation => true,
        _ => false,
    };

    private void CollectNestedWrites(ControlFlowGraph graph, HashSet<ISymbol> excluded, int depth)
    {
        if (depth > 8) return;
        foreach (BasicBlock block in graph.Blocks)
        {
            foreach (IOperation operation in BlockOperations(block))
            {
                foreach (IOperation node in operation.DescendantsAndSelf())
                {
                    if (node is IFlowAnonymousFunctionOperation lambda)
                    {
                        ControlFlowGraph body = graph.GetAnonymousFunctionControlFlowGraph(lambda, _cancellationToken);
                        CollectWrites(body, excluded);
                        CollectNestedWrites(body, excluded, depth + 1);
                    }
                }
            }
        }
        foreach (IMethodSymbol localFunction in graph.LocalFunctions)
        {
            ControlFlowGraph body = graph.GetLocalFunctionControlFlowGraph(localFunction, _cancellationToken);
            CollectWrites(body, excluded);
            CollectNestedWrites(body, excluded, depth + 1);
        }
    }

    private static void CollectWrites(ControlFlowGraph graph, HashSet<ISymbol> written)
    {
        foreach (BasicBlock block in graph.Blocks)
        {
            foreach (IOperation operation in BlockOperations(block))
            {
                foreach (IOperation node in operation.DescendantsAndSelf())
                {
                    ISymbol? symbol = node switch
                    {
                        ILocalReferenceOperation local => local.Local,
                        IParameterReferenceOperation parameter => parameter.Parameter,
                        _ => null,
                    };
                    if (symbol is not null && (IsOtherWrite(node) || node.Parent is ISimpleAssignmentOperation assignment && ReferenceEquals(assignment.Target, node)))
                        written.Add(symbol);
                }
            }
        }
    }

    // Along a branch decided by a tracked condition: record its value, and drop leases rented only where it had the other value.
    private FlowState Narrow(FlowState state, BasicBlock source, ControlFlowBranch branch)
    {
        if (source.ConditionKind == ControlFlowConditionKind.None || source.BranchValue is not { } condition) return state;
        bool conditionHolds = ReferenceEquals(branch, source.ConditionalSuccessor)
            ? source.ConditionKind == ControlFlowConditionKind.WhenTrue
            : source.ConditionKind == ControlFlowConditionKind.WhenFalse;
        bool polarity = true;
        IOperation? tested = condition;
        while (tested is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not)
        {
            polarity = !polarity;
            tested = not.Operand;
        }
        ISymbol? symbol = tested switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };
        if (symbol is null || !_conditions.Contains(symbol)) return state;
        bool value = conditionHolds == polarity;

        ImmutableDictionary<ILocalSymbol, Location> live = state.LiveLeases;
        ImmutableDictionary<ILocalSymbol, ImmutableDictionary<ISymbol, bool>> guards = state.LeaseGuards;
        foreach (KeyValuePair<ILocalSymbol, ImmutableDictionary<ISymbol, bool>> pair in state.LeaseGuards)
        {
            if (pair.Value.TryGetValue(symbol, out bool rentedWhen) && rentedWhen != value)
            {
                live = live.Remove(pair.Key);
                guards = guards.Remove(pair.Key);
            }
        }
        return state.With(live).With(state.Conditions.SetItem(symbol, value), guards);
    }

    // The walk saw the variable assigned: what was known about its value no longer holds.
    private void ConditionChanged(ISymbol symbol)
    {
        if (!_conditions.Contains(symbol)) return;
        ImmutableDictionary<ILocalSymbol, ImmutableDictionary<ISymbol, bool>> guards = _state.LeaseGuards;
        foreach (KeyValuePair<ILocalSymbol, ImmutableDictionary<ISymbol, bool>> pair in _state.LeaseGuards)
        {
            if (pair.Value.ContainsKey(symbol)) guards = pair.Value.Count == 1 ? guards.Remove(pair.Key) : guards.SetItem(pair.Key, pair.Value.Remove(symbol));
        }
        _state = _state.With(_state.Conditions.Remove(symbol), guards);
    }
}
