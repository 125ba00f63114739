using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ParamArena.Analyzers.Escape;

/// <summary>
/// Forward data-flow over one function's <see cref="ControlFlowGraph"/>: tracks which variables hold arena memory
/// (and from which lease), which leases are rented and not yet disposed, and which fields were last set to arena
/// memory, and records every escape it sees as an <see cref="EscapeEvent"/>. It knows no rule: whether an event is a
/// diagnostic, and which one, is <see cref="EscapeReporter"/>'s decision.
/// Joins are "may hold" for tracking and "must" for released/suspended, so a released-memory event needs every path
/// to agree that the memory is gone (or every path round a loop) — precision before recall. Events come only from
/// a final walk over states that converged; a function whose states do not converge within the pass limit gets none.
/// </summary>
internal sealed partial class LeaseFlowAnalysis
{
    /// <summary>Passes over the graph before the analysis gives up on a function (and reports nothing for it).</summary>
    public const int MaxPasses = 40;

    /// <summary>How deep lambdas and local functions nested in each other are analyzed.</summary>
    public const int MaxDepth = 8;

    private readonly ControlFlowGraph _graph;
    private readonly IMethodSymbol? _function;
    private readonly Action<EscapeEvent> _emit;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<ISymbol, OwnerKind> _ownerKinds = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, object> _leaseArenas = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<CaptureId, ISymbol> _captureAliases = new();
    private readonly Dictionary<CaptureId, IOperation> _captureTargets = new();
    private readonly Dictionary<int, ControlFlowRegion> _handlerTries = new();
    private readonly HashSet<ControlFlowRegion> _disposeOnly = new();
    private readonly HashSet<ILocalSymbol> _rentedLeases = new(SymbolEqualityComparer.Default);
    private readonly int _depth;
    private FlowState _state = FlowState.Empty;
    private bool _emitting;
    private int _silent;
    private Taint? _initializerTaint;
    private int _addressOnly;

    private LeaseFlowAnalysis(ControlFlowGraph graph, IMethodSymbol? function, Action<EscapeEvent> emit, CancellationToken cancellationToken, int depth)
    {
        _graph = graph;
        _function = function;
        _depth = depth;
        _emit = emit;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Analyzes <paramref name="graph"/> (the body of <paramref name="function"/>) and, separately, every lambda and local function inside it.</summary>
    public static void Run(ControlFlowGraph graph, IMethodSymbol? function, Action<EscapeEvent> emit, CancellationToken cancellationToken, int depth = 0)
    {
        if (depth > MaxDepth) return;
        new LeaseFlowAnalysis(graph, function, emit, cancellationToken, depth).Analyze();
        foreach (IMethodSymbol localFunction in graph.LocalFunctions)
        {
            Run(graph.GetLocalFunctionControlFlowGraph(localFunction, cancellationToken), localFunction, emit, cancellationToken, depth + 1);
        }
        foreach (BasicBlock block in graph.Blocks)
        {
            foreach (IOperation operation in BlockOperations(block))
            {
                foreach (IOperation node in operation.DescendantsAndSelf())
                {
                    if (node is IFlowAnonymousFunctionOperation lambda)
                        Run(graph.GetAnonymousFunctionControlFlowGraph(lambda, cancellationToken), lambda.Symbol, emit, cancellationToken, depth + 1);
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
        var localAssignments = new List<ISimpleAssignmentOperation>();
        ClassifyOwners(localAssignments);
        if (LeaseMayBeConditional()) ClassifyConditions();
        ClassifyPlaces(localAssignments);
        ClassifyHandlers(_graph.Root);
        ImmutableArray<BasicBlock> blocks = _graph.Blocks;
        var inputs = new FlowState?[blocks.Length];
        var outputs = new FlowState?[blocks.Length];
        // A block is computed again only when a state it depends on changed after it was last computed.
        var changedAt = new int[blocks.Length];
        var computedAt = new int[blocks.Length];
        int step = 0;
        bool converged = false;
        for (int pass = 0; pass < MaxPasses && !converged; pass++)
        {
            converged = true;
            for (int i = 0; i < blocks.Length; i++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (computedAt[i] != 0 && !DependenciesChanged(blocks[i], changedAt, computedAt[i])) continue;
                computedAt[i] = ++step;
                if (InputOf(blocks[i], inputs, outputs) is not { } input) continue;
                bool inputChanged = inputs[i] is not { } previousInput || !previousInput.SameAs(input);
                if (!inputChanged && outputs[i] is not null) continue;
                inputs[i] = input;
                FlowState output = Transfer(blocks[i], input);
                bool outputChanged = outputs[i] is not { } previousOutput || !previousOutput.SameAs(output);
                if (outputChanged) outputs[i] = output;
                if (!inputChanged && !outputChanged) continue;
                changedAt[i] = step;
                converged = false;
            }
        }
        // Never report from a state that did not converge: it may not hold on every path yet.
        if (!converged) return;

        _emitting = true;
        for (int i = 0; i < blocks.Length; i++)
        {
            if (inputs[i] is { } state) Transfer(blocks[i], state);
        }
        if (inputs[blocks.Length - 1] is { } exit)
        {
            foreach (LiveLease lease in exit.LiveLeases.Values) _emit(new EscapeEvent(EscapeRoute.LeaseOpenAtExit, lease.Rented));
            foreach (PendingStore store in exit.PendingStores.Values) _emit(store.ToEvent());
        }
    }

    // The state where a block starts: the join of what its predecessors hand it (narrowed by the condition they
    // branched on, through the finally blocks they leave), or for a catch or finally handler, of every state in its try.
    private FlowState? InputOf(BasicBlock block, FlowState?[] inputs, FlowState?[] outputs)
    {
        if (block.Ordinal == 0) return FlowState.Empty;
        FlowState? forward = null, around = null;
        if (_handlerTries.TryGetValue(block.Ordinal, out ControlFlowRegion? @try))
        {
            ImmutableDictionary<ILocalSymbol, LiveLease>? everywhere = null;
            for (int i = @try.FirstBlockOrdinal; i <= @try.LastBlockOrdinal; i++)
            {
                foreach (FlowState? state in new[] { Unwound(inputs[i], _graph.Blocks[i], @try), Unwound(outputs[i], _graph.Blocks[i], @try) })
                {
                    if (state is null) continue;
                    forward = Join(forward, state);
                    everywhere = everywhere is null ? state.LiveLeases : Common(everywhere, state.LiveLeases);
                }
            }
            // Exceptions from calls are no path for PA1008: a handler starts with the leases open everywhere in its try
            // (a Dispose inside the try that may throw does not make the lease look open after the catch).
            if (forward is not null && everywhere is not null && everywhere.Count != forward.LiveLeases.Count) forward = forward.With(everywhere);
        }
        foreach (ControlFlowBranch branch in block.Predecessors)
        {
            if (outputs[branch.Source.Ordinal] is not { } output) continue;
            if (Narrow(output, branch.Source, branch) is not { } state) continue;
            foreach (ControlFlowRegion region in branch.FinallyRegions) state = _disposeOnly.Contains(region) ? ApplyDisposals(state, region) : RunFinally(state, region);
            if (branch.Source.Ordinal >= block.Ordinal) around = Join(around, state);
            else forward = Join(forward, state);
        }
        if (forward is null) return around;
        return around is null ? forward : FlowState.Join(forward, around, bIsBackEdge: true);
    }

    private bool DependenciesChanged(BasicBlock block, int[] changedAt, int computedAt)
    {
        foreach (ControlFlowBranch branch in block.Predecessors)
        {
            if (changedAt[branch.Source.Ordinal] > computedAt) return true;
        }
        if (_handlerTries.TryGetValue(block.Ordinal, out ControlFlowRegion? @try))
        {
            for (int i = @try.FirstBlockOrdinal; i <= @try.LastBlockOrdinal; i++)
            {
                if (changedAt[i] > computedAt) return true;
            }
        }
        return false;
    }

    // An exception thrown in 'block' reaches a handler of 'handled' after the finally blocks of the try statements in between ran.
    private FlowState? Unwound(FlowState? state, BasicBlock block, ControlFlowRegion handled)
    {
        if (state is null) return null;
        for (ControlFlowRegion? region = block.EnclosingRegion; region is not null && region != handled; region = region.EnclosingRegion)
        {
            if (region.Kind != ControlFlowRegionKind.Try || region.EnclosingRegion is not { Kind: ControlFlowRegionKind.TryAndFinally } statement || statement.NestedRegions.Length < 2) continue;
            ControlFlowRegion @finally = statement.NestedRegions[1];
            state = _disposeOnly.Contains(@finally) ? ApplyDisposals(state, @finally) : RunFinally(state, @finally);
        }
        return state;
    }

    private static ImmutableDictionary<ILocalSymbol, LiveLease> Common(ImmutableDictionary<ILocalSymbol, LiveLease> a, ImmutableDictionary<ILocalSymbol, LiveLease> b)
    {
        ImmutableDictionary<ILocalSymbol, LiveLease> common = a;
        foreach (ILocalSymbol lease in a.Keys)
        {
            if (!b.ContainsKey(lease)) common = common.Remove(lease);
        }
        return common;
    }

    private static FlowState? Join(FlowState? a, FlowState? b) => a is null ? b : b is null ? a : FlowState.Join(a, b);

    // Catch and finally handlers can be entered from any point of their try (an exception), so they start from all of it.
    private void ClassifyHandlers(ControlFlowRegion region)
    {
        if (region.Kind is ControlFlowRegionKind.TryAndCatch or ControlFlowRegionKind.TryAndFinally && region.NestedRegions.Length > 1)
        {
            ControlFlowRegion @try = region.NestedRegions[0];
            for (int i = 1; i < region.NestedRegions.Length; i++)
            {
                ControlFlowRegion handler = region.NestedRegions[i];
                // A using's finally only disposes: it can let nothing escape, and RunFinally applies it on the way out.
                if (handler.Kind == ControlFlowRegionKind.Finally && DisposesOnly(handler)) _disposeOnly.Add(handler);
                else _handlerTries[handler.FirstBlockOrdinal] = @try;
            }
        }
        foreach (ControlFlowRegion nested in region.NestedRegions) ClassifyHandlers(nested);
    }

    private bool DisposesOnly(ControlFlowRegion region)
    {
        for (int ordinal = region.FirstBlockOrdinal; ordinal <= region.LastBlockOrdinal; ordinal++)
        {
            BasicBlock block = _graph.Blocks[ordinal];
            foreach (IOperation operation in block.Operations)
            {
                if (operation is not IInvocationOperation { TargetMethod.Name: "Dispose", Arguments.Length: 0 }) return false;
            }
            if (block.BranchValue is not (null or IIsNullOperation)) return false;
        }
        return true;
    }

    // What a finally that only disposes does on the way out: its Dispose calls release what they name.
    private FlowState ApplyDisposals(FlowState state, ControlFlowRegion region)
    {
        FlowState saved = _state;
        _state = state;
        for (int ordinal = region.FirstBlockOrdinal; ordinal <= region.LastBlockOrdinal; ordinal++)
        {
            foreach (IOperation operation in _graph.Blocks[ordinal].Operations)
            {
                if (operation is IInvocationOperation { Instance: { } instance } invocation && ArenaApis.IsRelease(invocation.TargetMethod, ArenaApis.Unwrap(instance)?.Type)
                    && OwnerOf(instance) is { } released)
                {
                    Release(released);
                }
            }
        }
        FlowState result = _state;
        _state = saved;
        return result;
    }

    // A finally region runs on the way out of its try: what it does (a using's Dispose, clearing a field) applies to the state that leaves.
    private FlowState RunFinally(FlowState state, ControlFlowRegion region)
    {
        FlowState saved = _state;
        int first = region.FirstBlockOrdinal;
        var local = new FlowState?[region.LastBlockOrdinal - first + 1];
        local[0] = state;
        FlowState? end = null;
        _silent++;
        try
        {
            bool changed = true;
            for (int pass = 0; changed && pass < MaxPasses; pass++)
            {
                changed = false;
                for (int i = 0; i < local.Length; i++)
                {
                    if (local[i] is not { } input) continue;
                    BasicBlock block = _graph.Blocks[first + i];
                    FlowState output = Transfer(block, input);
                    for (int successor = 0; successor < 2; successor++)
                    {
                        ControlFlowBranch? branch = successor == 0 ? block.FallThroughSuccessor : block.ConditionalSuccessor;
                        if (branch is null) continue;
                        if (branch.Destination is null)
                        {
                            if (branch.Semantics == ControlFlowBranchSemantics.StructuredExceptionHandling) end = Join(end, output);
                            continue;
                        }
                        int target = branch.Destination.Ordinal - first;
                        if (target <= 0 || target >= local.Length) continue;
                        if (Narrow(output, block, branch) is not { } narrowed) continue;
                        FlowState? joined = Join(local[target], narrowed);
                        if (local[target] is { } existing && existing.SameAs(joined!)) continue;
                        local[target] = joined;
                        changed = true;
                    }
                }
            }
        }
        finally
        {
            _silent--;
            _state = saved;
        }
        return end ?? state;
    }

    private FlowState Transfer(BasicBlock block, FlowState input)
    {
        _state = input;
        foreach (IOperation operation in block.Operations) Eval(operation);
        ControlFlowBranchSemantics leaving = block.FallThroughSuccessor?.Semantics ?? ControlFlowBranchSemantics.None;
        if (block.BranchValue is { } value)
        {
            Taint? taint;
            if (leaving == ControlFlowBranchSemantics.Return && _function is { ReturnsByRef: true } or { ReturnsByRefReadonly: true })
            {
                Eval(value);
                taint = AddressTaint(value);
            }
            else
            {
                taint = Eval(value);
            }
            if (leaving == ControlFlowBranchSemantics.Return)
            {
                if (taint is not null && Emitting) Emit(EscapeRoute.Returned, taint, value);
                if (ArenaApis.Unwrap(value) is ILocalReferenceOperation { Local: var local }) RemoveLive(local);
            }
        }
        if (leaving is ControlFlowBranchSemantics.Throw or ControlFlowBranchSemantics.Rethrow) Throws(block);
        return _state;
    }

    // A throw leaves every lease that holds memory open unless a handler around it may close it (any catch, or a finally that disposes it).
    private void Throws(BasicBlock block)
    {
        foreach (KeyValuePair<ILocalSymbol, LiveLease> pair in _state.LiveLeases)
        {
            if (Emitting && pair.Value.HoldsMemory && !HandledAround(block, pair.Key)) Emit(new EscapeEvent(EscapeRoute.LeaseOpenOnThrow, pair.Value.Rented));
        }
    }

    private bool HandledAround(BasicBlock block, ILocalSymbol lease)
    {
        for (ControlFlowRegion? region = block.EnclosingRegion; region is not null; region = region.EnclosingRegion)
        {
            if (region.Kind != ControlFlowRegionKind.Try || region.EnclosingRegion is not { } parent) continue;
            if (parent.Kind == ControlFlowRegionKind.TryAndCatch) return true;
            if (parent.Kind == ControlFlowRegionKind.TryAndFinally && parent.NestedRegions.Length > 1 && Releases(parent.NestedRegions[1], lease)) return true;
        }
        return false;
    }

    private bool Releases(ControlFlowRegion region, ILocalSymbol lease)
    {
        for (int ordinal = region.FirstBlockOrdinal; ordinal <= region.LastBlockOrdinal; ordinal++)
        {
            foreach (IOperation operation in BlockOperations(_graph.Blocks[ordinal]))
            {
                foreach (IOperation node in operation.DescendantsAndSelf())
                {
                    if (node is IInvocationOperation { Instance: { } instance } invocation && ArenaApis.IsRelease(invocation.TargetMethod, ArenaApis.Unwrap(instance)?.Type)
                        && SymbolEqualityComparer.Default.Equals(SymbolOf(instance), lease))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // Decides, once per function, what each lease or arena local stands for, and which arena each rented lease is a scope of.
    private void ClassifyOwners(List<ISimpleAssignmentOperation> localAssignments)
    {
        var disposedHere = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var assigned = new Dictionary<ISymbol, OwnerKind>(SymbolEqualityComparer.Default);
        var arenas = new Dictionary<ISymbol, object?>(SymbolEqualityComparer.Default);
        foreach (BasicBlock block in _graph.Blocks)
        {
            foreach (IOperation operation in BlockOperations(block))
            {
                foreach (IOperation node in operation.DescendantsAndSelf())
                {
                    if (node is IFlowCaptureOperation capture)
                    {
                        if (OwnerOf(capture.Value) is { } aliased && IsOwnerType(aliased)) _captureAliases[capture.Id] = aliased;
                        if (IsReference(capture.Value)) _captureTargets[capture.Id] = capture.Value;
                    }
                    if (node is IInvocationOperation { Instance: { } instance } invocation && ArenaApis.IsRelease(invocation.TargetMethod, ArenaApis.Unwrap(instance)?.Type)
                        && SymbolOf(instance) is { } released)
                    {
                        disposedHere.Add(released);
                    }
                    if (node is ISimpleAssignmentOperation { Target: ILocalReferenceOperation } localAssignment) localAssignments.Add(localAssignment);
                    if (node is ISimpleAssignmentOperation { Target: ILocalReferenceOperation { Local: var local } } assignment && IsOwnerType(local))
                    {
                        OwnerKind kind = KindOfSource(assignment.Value);
                        assigned[local] = assigned.TryGetValue(local, out OwnerKind previous) && previous != kind ? OwnerKind.Unknown : kind;
                        if (ArenaApis.Unwrap(assignment.Value) is IInvocationOperation rent && ArenaApis.IsRent(rent))
                        {
                            _rentedLeases.Add(local);
                            object? arena = rent.Arguments.Length == 0 ? "thread" : OwnerOf(rent.Arguments[0].Value);
                            arenas[local] = arenas.TryGetValue(local, out object? known) && !Equals(known, arena) ? null : arena;
                        }
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
        foreach (KeyValuePair<ISymbol, object?> pair in arenas)
        {
            if (pair.Value is not null) _leaseArenas[pair.Key] = pair.Value;
        }
    }

    // Correlated conditions only matter for a lease some path may leave undisposed: one not disposed in a finally (a using).
    private bool LeaseMayBeConditional()
    {
        foreach (ILocalSymbol lease in _rentedLeases)
        {
            if (!DisposedInFinally(_graph.Root, lease)) return true;
        }
        return false;
    }

    private bool DisposedInFinally(ControlFlowRegion region, ILocalSymbol lease)
    {
        if (region.Kind == ControlFlowRegionKind.Finally && Releases(region, lease)) return true;
        foreach (ControlFlowRegion nested in region.NestedRegions)
        {
            if (DisposedInFinally(nested, lease)) return true;
        }
        return false;
    }

    private static bool IsReference(IOperation operation) => operation is IFieldReferenceOperation or IArrayElementReferenceOperation
        or IPropertyReferenceOperation or IParameterReferenceOperation or ILocalReferenceOperation or IInstanceReferenceOperation
        || operation.Kind == OperationKind.None;

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
            IFieldSymbol field => field.Type,
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
        ISymbol? owner = OwnerOf(source);
        if (owner is null) return new Taint(OwnerKind.Unknown, null, CarrierKind.Pointer);
        if (owner is ILocalSymbol local && _state.LiveLeases.ContainsKey(local))
        {
            // A bump allocator gives memory allocated through an outer lease while an inner one is open to the inner one.
            ILocalSymbol innermost = Innermost(local);
            owner = innermost;
            LiveLease live = _state.LiveLeases[innermost];
            if (!live.HoldsMemory) _state = _state.With(_state.LiveLeases.SetItem(innermost, new LiveLease(live.Rented, holdsMemory: true)));
        }
        OwnerKind kind = owner is IParameterSymbol parameter
            ? (ParamArenaSymbols.IsArenaLease(parameter.Type) ? OwnerKind.ParameterLease : OwnerKind.Unknown)
            : _ownerKinds.TryGetValue(owner, out OwnerKind known) ? known : OwnerKind.Unknown;
        return new Taint(kind, owner, CarrierKind.Pointer);
    }

    // The most recently rented live lease of the same arena as 'lease' (rented unconditionally), or 'lease' itself.
    private ILocalSymbol Innermost(ILocalSymbol lease)
    {
        if (!_leaseArenas.TryGetValue(lease, out object? arena)) return lease;
        ILocalSymbol innermost = lease;
        int position = _state.LiveLeases[lease].Rented.SourceSpan.Start;
        foreach (KeyValuePair<ILocalSymbol, LiveLease> pair in _state.LiveLeases)
        {
            if (pair.Value.Rented.SourceSpan.Start <= position || !_leaseArenas.TryGetValue(pair.Key, out object? other) || !Equals(other, arena)) continue;
            if (_state.GuardOf(pair.Key).Count > 0 || !_ownerKinds.TryGetValue(pair.Key, out OwnerKind kind) || kind != OwnerKind.LocalLease) continue;
            innermost = pair.Key;
            position = pair.Value.Rented.SourceSpan.Start;
        }
        return innermost;
    }

    private ISymbol? SymbolOf(IOperation? operation) => ArenaApis.Unwrap(operation) switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFlowCaptureReferenceOperation capture => _captureAliases.TryGetValue(capture.Id, out ISymbol? alias) ? alias : null,
        IDeclarationExpressionOperation declaration => SymbolOf(declaration.Expression),
        _ => null,
    };

    // Like SymbolOf, and an arena or lease held in a static field or a field of this object (its Reset and Dispose are visible here).
    private ISymbol? OwnerOf(IOperation? operation) => ArenaApis.Unwrap(operation) switch
    {
        IFieldReferenceOperation { Field: var field, Instance: null or IInstanceReferenceOperation } when IsOwnerType(field) => field,
        var other => SymbolOf(other),
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
        => _state = _state.With(_state.LiveLeases.SetItem(lease, new LiveLease(at, holdsMemory: false)))
            .With(_state.Conditions, _state.Conditions.Count == 0 ? _state.LeaseGuards.Remove(lease) : _state.LeaseGuards.SetItem(lease, _state.Conditions));

    // A store to a static field or a field of this object: an escape if the field still holds it when the function ends.
    private void Pending(ISymbol member, Taint taint, IOperation value)
        => _state = _state.With(_state.PendingStores.SetItem(member, new PendingStore(member, taint, value)));

    private void Cleared(ISymbol field)
    {
        if (_state.PendingStores.ContainsKey(field)) _state = _state.With(_state.PendingStores.Remove(field));
    }

    /// <summary>True in the final walk over converged states (and not in a finally simulated on an edge): only then are events passed on.</summary>
    private bool Emitting => _emitting && _silent == 0;

    private void Emit(EscapeEvent escape)
    {
        if (Emitting) _emit(escape);
    }

    private void Emit(EscapeRoute route, Taint memory, IOperation value, string? place = null)
    {
        if (_emitting && _silent == 0) _emit(new EscapeEvent(route, value.Syntax.GetLocation(), memory, ValueText.Describe(value), place));
    }
}
