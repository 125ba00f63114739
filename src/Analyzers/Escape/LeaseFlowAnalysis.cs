using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ParamArena.Analyzers.Rules;

namespace ParamArena.Analyzers.Escape;

/// <summary>
/// Forward data-flow over one function's <see cref="ControlFlowGraph"/>: tracks which variables hold arena
/// memory (and from which lease), which leases are rented and not yet disposed, and hands each escape to the
/// rule that decides it (Rules/PA1001…PA1008), so one walk of the graph serves every escape rule.
/// Joins are "may hold" for tracking and "must" for released/suspended, so a report needs every path to agree
/// that the memory is gone — precision before recall.
/// </summary>
internal sealed partial class LeaseFlowAnalysis
{
    private const int MaxPasses = 40;

    private readonly ControlFlowGraph _graph;
    private readonly Action<Diagnostic> _report;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<ISymbol, OwnerKind> _ownerKinds = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<CaptureId, ISymbol> _captureAliases = new();
    private readonly HashSet<(string Id, int Position)> _reported = new();
    private readonly HashSet<(string Id, ISymbol Symbol)> _reportedReads = new();
    private readonly HashSet<ISymbol> _conditions = new(SymbolEqualityComparer.Default);
    private readonly int _depth;
    private FlowState _state = FlowState.Empty;
    private bool _reporting;
    private Taint? _initializerTaint;
    private int _addressOnly;

    private LeaseFlowAnalysis(ControlFlowGraph graph, Action<Diagnostic> report, CancellationToken cancellationToken, int depth)
    {
        _graph = graph;
        _depth = depth;
        _report = report;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Analyzes <paramref name="graph"/> and, separately, every lambda and local function inside it.</summary>
    public static void Run(ControlFlowGraph graph, Action<Diagnostic> report, CancellationToken cancellationToken, int depth = 0)
    {
        if (depth > 8) return;
        new LeaseFlowAnalysis(graph, report, cancellationToken, depth).Analyze();
        foreach (IMethodSymbol localFunction in graph.LocalFunctions)
        {
            Run(graph.GetLocalFunctionControlFlowGraph(localFunction, cancellationToken), report, cancellationToken, depth + 1);
        }
        foreach (BasicBlock block in graph.Blocks)
        {
            foreach (IOperation operation in BlockOperations(block))
            {
                foreach (IOperation node in operation.DescendantsAndSelf())
                {
                    if (node is IFlowAnonymousFunctionOperation lambda)
                        Run(graph.GetAnonymousFunctionControlFlowGraph(lambda, cancellationToken), report, cancellationToken, depth + 1);
                }
            }
        }
    }

    private static IEnumerable<IOperation> BlockOperations(BasicBlock block)
    {
        foreach (IOperation operation in block.Operations) yield return operation;
        if (block.BranchValue is not null) yield return block.BranchValue;
    }

    private void Analyze()
    {
        ClassifyOwners();
        ClassifyConditions();
        ImmutableArray<BasicBlock> blocks = _graph.Blocks;
        var input = new FlowState?[blocks.Length];
        input[0] = FlowState.Empty;
        bool changed = true;
        for (int pass = 0; changed && pass < MaxPasses; pass++)
        {
            changed = false;
            for (int i = 0; i < blocks.Length; i++)
            {
                if (input[i] is not { } state) continue;
                _cancellationToken.ThrowIfCancellationRequested();
                FlowState output = Transfer(blocks[i], state);
                changed |= Propagate(blocks[i], blocks[i].FallThroughSuccessor, output, input);
                changed |= Propagate(blocks[i], blocks[i].ConditionalSuccessor, output, input);
            }
        }

        _reporting = true;
        for (int i = 0; i < blocks.Length; i++)
        {
            if (input[i] is { } state) Transfer(blocks[i], state);
        }
        if (input[blocks.Length - 1] is { } exit)
        {
            PA1008LeaseNotDisposed.OnExit(this, exit);
        }
    }

    private bool Propagate(BasicBlock source, ControlFlowBranch? branch, FlowState output, FlowState?[] input)
    {
        if (branch?.Destination is not { } destination) return false;
        FlowState state = Narrow(output, source, branch);
        foreach (ControlFlowRegion region in branch.FinallyRegions) state = ApplyFinally(state, region);
        FlowState? existing = input[destination.Ordinal];
        if (existing is null)
        {
            input[destination.Ordinal] = state;
            return true;
        }
        FlowState joined = FlowState.Join(existing, state);
        if (joined.SameAs(existing)) return false;
        input[destination.Ordinal] = joined;
        return true;
    }

    // A finally region runs on the way out: its Dispose/Reset calls (a using's end) release what they name.
    private FlowState ApplyFinally(FlowState state, ControlFlowRegion region)
    {
        FlowState saved = _state;
        _state = state;
        for (int ordinal = region.FirstBlockOrdinal; ordinal <= region.LastBlockOrdinal; ordinal++)
        {
            foreach (IOperation operation in BlockOperations(_graph.Blocks[ordinal]))
            {
                foreach (IOperation node in operation.DescendantsAndSelf())
                {
                    if (node is IInvocationOperation { Instance: { } instance } invocation && ArenaApis.IsRelease(invocation.TargetMethod, ArenaApis.Unwrap(instance)?.Type)
                        && SymbolOf(instance) is { } released)
                    {
                        Release(released);
                    }
                }
            }
        }
        FlowState result = _state;
        _state = saved;
        return result;
    }

    private FlowState Transfer(BasicBlock block, FlowState input)
    {
        _state = input;
        foreach (IOperation operation in block.Operations) Eval(operation);
        if (block.BranchValue is { } value)
        {
            Taint? taint = Eval(value);
            if (block.FallThroughSuccessor?.Semantics == ControlFlowBranchSemantics.Return)
            {
                if (taint is not null) PA1001ReturnedArenaPointer.OnReturn(this, taint, value);
                if (ArenaApis.Unwrap(value) is ILocalReferenceOperation { Local: var local }) RemoveLive(local);
            }
        }
        return _state;
    }

    // Decides, once per function, what each lease or arena local stands for.
    private void ClassifyOwners()
    {
        var disposedHere = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var assigned = new Dictionary<ISymbol, OwnerKind>(SymbolEqualityComparer.Default);
        foreach (BasicBlock block in _graph.Blocks)
        {
            foreach (IOperation operation in BlockOperations(block))
            {
                foreach (IOperation node in operation.DescendantsAndSelf())
                {
                    if (node is IFlowCaptureOperation capture && SymbolOf(capture.Value) is { } aliased && IsOwnerType(aliased))
                        _captureAliases[capture.Id] = aliased;
                    if (node is IInvocationOperation { Instance: { } instance } invocation && ArenaApis.IsRelease(invocation.TargetMethod, ArenaApis.Unwrap(instance)?.Type)
                        && SymbolOf(instance) is { } released)
                    {
                        disposedHere.Add(released);
                    }
                    if (node is ISimpleAssignmentOperation { Target: ILocalReferenceOperation { Local: var local } } assignment && IsOwnerType(local))
                    {
                        OwnerKind kind = KindOfSource(assignment.Value);
                        assigned[local] = assigned.TryGetValue(local, out OwnerKind previous) && previous != kind ? OwnerKind.Unknown : kind;
                    }
                }
            }
        }
        foreach (KeyValuePair<ISymbol, OwnerKind> pair in assigned)
        {
            OwnerKind kind = pair.Value;
            if (kind == OwnerKind.LocalArena && !disposedHere.Contains(pair.Key)) kind = OwnerKind.Unknown;
            // A lease from elsewhere (a factory method) that this method disposes still ends here.
            if (kind == OwnerKind.Unknown && disposedHere.Contains(pair.Key) && pair.Key is ILocalSymbol { Type: var type } && ParamArenaSymbols.IsArenaLease(type)) kind = OwnerKind.LocalLease;
            _ownerKinds[pair.Key] = kind;
        }
    }

    private OwnerKind KindOfSource(IOperation value)
    {
        IOperation? source = ArenaApis.Unwrap(value);
        if (ArenaApis.IsRent(source)) return OwnerKind.LocalLease;
        if (ArenaApis.IsForCurrentThread(source)) return OwnerKind.ThreadArena;
        if (source is IObjectCreationOperation creation && ParamArenaSymbols.IsArena(creation.Type)) return OwnerKind.LocalArena;
        if (source is IParameterReferenceOperation { Parameter: var parameter } && ParamArenaSymbols.IsArenaLease(parameter.Type)) return OwnerKind.ParameterLease;
        return OwnerKind.Unknown;
    }

    private static bool IsOwnerType(ISymbol symbol)
    {
        ITypeSymbol? type = symbol switch
        {
            ILocalSymbol local => local.Type,
            IParameterSymbol parameter => parameter.Type,
            _ => null,
        };
        return ParamArenaSymbols.IsArenaLease(type) || ParamArenaSymbols.IsArena(type);
    }

    /// <summary>The taint of memory allocated through <paramref name="receiver"/> (a lease or an arena).</summary>
    private Taint NewTaint(IOperation? receiver)
    {
        IOperation? source = ArenaApis.Unwrap(receiver);
        if (source is IPropertyReferenceOperation { Property.Name: "Arena", Instance: { } lease } && ParamArenaSymbols.IsArenaLease(lease.Type)) source = ArenaApis.Unwrap(lease);
        if (ArenaApis.IsForCurrentThread(source)) return new Taint(OwnerKind.ThreadArena, null, CarrierKind.Pointer);
        ISymbol? owner = SymbolOf(source);
        if (owner is null) return new Taint(OwnerKind.Unknown, null, CarrierKind.Pointer);
        OwnerKind kind = owner is IParameterSymbol parameter
            ? (ParamArenaSymbols.IsArenaLease(parameter.Type) ? OwnerKind.ParameterLease : OwnerKind.Unknown)
            : _ownerKinds.TryGetValue(owner, out OwnerKind known) ? known : OwnerKind.Unknown;
        return new Taint(kind, owner, CarrierKind.Pointer);
    }

    private ISymbol? SymbolOf(IOperation? operation) => ArenaApis.Unwrap(operation) switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFlowCaptureReferenceOperation capture => _captureAliases.TryGetValue(capture.Id, out ISymbol? alias) ? alias : null,
        IDeclarationExpressionOperation declaration => SymbolOf(declaration.Expression),
        _ => null,
    };

    private Taint? Get(object key) => _state.Taints.TryGetValue(key, out Taint? taint) ? taint : null;

    private void Set(object key, Taint? taint)
    {
        ImmutableDictionary<object, Taint> taints = taint is null ? _state.Taints.Remove(key) : _state.Taints.SetItem(key, taint);
        _state = _state.With(taints);
    }

    // Something stored into a struct, array or collection variable: the variable now carries arena memory.
    private void Contain(object key, Taint taint)
    {
        Taint contained = taint.AsCarrier(CarrierKind.Container, taint.CapturedName);
        Taint? existing = Get(key);
        Set(key, existing is null ? contained : Taint.Join(existing, contained));
    }

    private void Release(ISymbol owner)
    {
        ImmutableDictionary<object, Taint> taints = _state.Taints;
        foreach (KeyValuePair<object, Taint> pair in _state.Taints)
        {
            if (SymbolEqualityComparer.Default.Equals(pair.Value.Owner, owner)) taints = taints.SetItem(pair.Key, pair.Value.AsReleased());
        }
        _state = _state.With(taints);
        if (owner is ILocalSymbol local) RemoveLive(local);
    }

    // Allocations below an arena's persistent floor survive Reset: stop tying them to the arena.
    private void Persist(ISymbol arena)
    {
        ImmutableDictionary<object, Taint> taints = _state.Taints;
        foreach (KeyValuePair<object, Taint> pair in _state.Taints)
        {
            if (SymbolEqualityComparer.Default.Equals(pair.Value.Owner, arena)) taints = taints.SetItem(pair.Key, new Taint(OwnerKind.Unknown, null, pair.Value.Carrier, pair.Value.CapturedName));
        }
        _state = _state.With(taints);
    }

    private void Suspend(string kind)
    {
        ImmutableDictionary<object, Taint> taints = _state.Taints;
        foreach (KeyValuePair<object, Taint> pair in _state.Taints) taints = taints.SetItem(pair.Key, pair.Value.AsSuspended(kind));
        _state = _state.With(taints);
    }

    private void RemoveLive(ILocalSymbol local)
    {
        if (_state.LiveLeases.ContainsKey(local)) _state = _state.With(_state.LiveLeases.Remove(local)).With(_state.Conditions, _state.LeaseGuards.Remove(local));
    }

    // A lease rented now is guarded by the conditions known here: on a path where one of them is false, it was never rented.
    private void Rented(ILocalSymbol lease, Location at)
        => _state = _state.With(_state.LiveLeases.SetItem(lease, at))
            .With(_state.Conditions, _state.Conditions.Count == 0 ? _state.LeaseGuards.Remove(lease) : _state.LeaseGuards.SetItem(lease, _state.Conditions));

    /// <summary>Reports once per rule and position, and only in the final pass over the converged states.</summary>
    internal void Report(DiagnosticDescriptor descriptor, Location location, params object[] arguments)
    {
        if (!_reporting || !_reported.Add((descriptor.Id, location.SourceSpan.Start))) return;
        _report(Diagnostic.Create(descriptor, location, arguments));
    }

    /// <summary>Like <see cref="Report"/>, but only for the first read of <paramref name="variable"/> the rule flags.</summary>
    internal void ReportFirstRead(DiagnosticDescriptor descriptor, ISymbol variable, Location location, params object[] arguments)
    {
        if (_reporting && _reportedReads.Add((descriptor.Id, variable))) Report(descriptor, location, arguments);
    }
}
