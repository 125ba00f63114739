using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ParamArena.Analyzers.Escape;

/// <summary>
/// Correlated conditions: a lease rented under <c>if (x)</c> (or <c>if (s.Length &gt; 8)</c>) and disposed under a
/// second identical test is not live on the path where the test failed. A test takes part when it is a boolean
/// variable, or an expression without side effects over constants and variables (their <c>Length</c> for strings
/// and arrays); every variable must be a local or parameter of this function that changes nowhere but through
/// plain assignments seen by this walk, so what is known stays true until the walk itself sees a variable assigned.
/// </summary>
internal sealed partial class LeaseFlowAnalysis
{
    private readonly HashSet<ISymbol> _stable = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<string, List<ISymbol>> _conditionVariables = new();

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
                        ILocalReferenceOperation { Local.RefKind: RefKind.None } local when declared.Contains(local.Local) => local.Local,
                        // Parameters are this function's own only at the top level; a lambda sees its method's too.
                        IParameterReferenceOperation { Parameter.RefKind: RefKind.None } parameter when _depth == 0 => parameter.Parameter,
                        _ => null,
                    };
                    if (symbol is null) continue;
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
            if (!excluded.Contains(symbol)) _stable.Add(symbol);
        }
    }

    private static bool IsBoolean(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => local.Type.SpecialType == SpecialType.System_Boolean,
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
        if (depth > MaxDepth) return;
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

    // What identifies a tested condition across the function: the boolean variable, or the test's text; null if it takes no part.
    private readonly Dictionary<IOperation, object?> _conditionKeys = new();

    private object? ConditionKey(IOperation tested)
    {
        if (_conditionKeys.TryGetValue(tested, out object? known)) return known;
        object? key = ComputeConditionKey(tested);
        _conditionKeys[tested] = key;
        return key;
    }

    private object? ComputeConditionKey(IOperation tested)
    {
        if (tested is ILocalReferenceOperation or IParameterReferenceOperation)
        {
            ISymbol? symbol = SymbolOf(tested);
            return symbol is not null && _stable.Contains(symbol) && IsBoolean(symbol) ? symbol : null;
        }
        var variables = new List<ISymbol>();
        if (!IsPure(tested, variables, 0) || variables.Count == 0) return null;
        var key = new StringBuilder();
        foreach (char c in tested.Syntax.ToString())
        {
            if (!char.IsWhiteSpace(c)) key.Append(c);
        }
        // Two variables may share a name in different scopes: the key names where each is declared.
        foreach (ISymbol variable in variables) key.Append('|').Append(variable.Locations.Length > 0 ? variable.Locations[0].SourceSpan.Start : -1);
        string text = key.ToString();
        _conditionVariables[text] = variables;
        return text;
    }

    // True for a test without side effects whose value changes only when one of 'variables' is assigned.
    private bool IsPure(IOperation operation, List<ISymbol> variables, int depth)
    {
        if (depth > 16) return false;
        switch (operation)
        {
            case ILiteralOperation:
                return true;
            case IFieldReferenceOperation { Field.IsConst: true }:
                return true;
            case ILocalReferenceOperation { Local: var local } when _stable.Contains(local):
                variables.Add(local);
                return true;
            case IParameterReferenceOperation { Parameter: var parameter } when _stable.Contains(parameter):
                variables.Add(parameter);
                return true;
            case IConversionOperation { OperatorMethod: null } conversion:
                return IsPure(conversion.Operand, variables, depth + 1);
            case IBinaryOperation { OperatorMethod: null } binary:
                return IsPure(binary.LeftOperand, variables, depth + 1) && IsPure(binary.RightOperand, variables, depth + 1);
            case IUnaryOperation { OperatorMethod: null } unary:
                return IsPure(unary.Operand, variables, depth + 1);
            // A string's or an array's length cannot change while the variable holds the same object.
            case IPropertyReferenceOperation { Property.Name: "Length", Instance: { } instance } when instance.Type is IArrayTypeSymbol || instance.Type?.SpecialType == SpecialType.System_String:
                return IsPure(instance, variables, depth + 1);
            case IIsPatternOperation { Pattern: IConstantPatternOperation constant } pattern:
                return IsPure(pattern.Value, variables, depth + 1) && IsPure(constant.Value, variables, depth + 1);
            default:
                return false;
        }
    }

    // Along a branch decided by a tracked condition: record its value, and drop leases rented only where it had the other value.
    // Null when the branch cannot be taken (the null check a using makes on an arena this function created).
    private FlowState? Narrow(FlowState state, BasicBlock source, ControlFlowBranch branch)
    {
        if (source.ConditionKind == ControlFlowConditionKind.None || source.BranchValue is not { } condition) return state;
        bool conditionHolds = branch.IsConditionalSuccessor
            ? source.ConditionKind == ControlFlowConditionKind.WhenTrue
            : source.ConditionKind == ControlFlowConditionKind.WhenFalse;
        if (conditionHolds && condition is IIsNullOperation { Operand: var checkedValue } && SymbolOf(checkedValue) is { } owner
            && _ownerKinds.TryGetValue(owner, out OwnerKind kind) && kind == OwnerKind.LocalArena)
        {
            return null;
        }
        bool polarity = true;
        IOperation? tested = condition;
        while (tested is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not)
        {
            polarity = !polarity;
            tested = not.Operand;
        }
        if (ConditionKey(tested) is not { } key) return state;
        bool value = conditionHolds == polarity;

        ImmutableDictionary<ILocalSymbol, LiveLease> live = state.LiveLeases;
        ImmutableDictionary<ILocalSymbol, ImmutableDictionary<object, bool>> guards = state.LeaseGuards;
        foreach (KeyValuePair<ILocalSymbol, ImmutableDictionary<object, bool>> pair in state.LeaseGuards)
        {
            if (pair.Value.TryGetValue(key, out bool rentedWhen) && rentedWhen != value)
            {
                live = live.Remove(pair.Key);
                guards = guards.Remove(pair.Key);
            }
        }
        return state.With(live).With(state.Conditions.SetItem(key, value), guards);
    }

    // The walk saw the variable assigned: what was known about conditions that read it no longer holds.
    private void ConditionChanged(ISymbol symbol)
    {
        if (!_stable.Contains(symbol)) return;
        ImmutableDictionary<object, bool> conditions = _state.Conditions;
        foreach (object key in _state.Conditions.Keys)
        {
            if (Reads(key, symbol)) conditions = conditions.Remove(key);
        }
        ImmutableDictionary<ILocalSymbol, ImmutableDictionary<object, bool>> guards = _state.LeaseGuards;
        foreach (KeyValuePair<ILocalSymbol, ImmutableDictionary<object, bool>> pair in _state.LeaseGuards)
        {
            ImmutableDictionary<object, bool> guard = pair.Value;
            foreach (object key in pair.Value.Keys)
            {
                if (Reads(key, symbol)) guard = guard.Remove(key);
            }
            if (!ReferenceEquals(guard, pair.Value)) guards = guard.Count == 0 ? guards.Remove(pair.Key) : guards.SetItem(pair.Key, guard);
        }
        _state = _state.With(conditions, guards);
    }

    private bool Reads(object key, ISymbol symbol)
    {
        if (key is ISymbol variable) return SymbolEqualityComparer.Default.Equals(variable, symbol);
        if (key is string text && _conditionVariables.TryGetValue(text, out List<ISymbol>? variables))
        {
            foreach (ISymbol read in variables)
            {
                if (SymbolEqualityComparer.Default.Equals(read, symbol)) return true;
            }
        }
        return false;
    }
}
