using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ParamArena.Analyzers.Escape;

/// <summary>Arena memory stored in a static field (or property) or a field of this object, and not set back since.</summary>
internal sealed class PendingStore
{
    public PendingStore(ISymbol member, Taint memory, IOperation value)
    {
        Member = member;
        Memory = memory;
        Value = value;
    }

    public ISymbol Member { get; }

    public Taint Memory { get; }

    public IOperation Value { get; }

    /// <summary>The event it becomes if the function ends with the member still holding it.</summary>
    public EscapeEvent ToEvent()
    {
        string place = Member switch
        {
            IFieldSymbol { IsStatic: true } field => $"the static field '{field.ContainingType.Name}.{field.Name}'",
            IPropertySymbol property => $"the static property '{property.ContainingType.Name}.{property.Name}'",
            _ => $"the field '{Member.Name}' of this {(Member.ContainingType.IsValueType ? "struct" : "object")}",
        };
        return new EscapeEvent(EscapeRoute.Stored, Value.Syntax.GetLocation(), Memory, ValueText.Describe(Value), place);
    }
}

/// <summary>A lease rented into a local and not yet disposed: where it was rented, and whether memory was allocated through it since.</summary>
internal sealed class LiveLease
{
    public LiveLease(Location rented, bool holdsMemory)
    {
        Rented = rented;
        HoldsMemory = holdsMemory;
    }

    public Location Rented { get; }

    public bool HoldsMemory { get; }

    public override bool Equals(object? obj) => obj is LiveLease other && other.Rented.Equals(Rented) && other.HoldsMemory == HoldsMemory;

    public override int GetHashCode() => Rented.GetHashCode() * 2 + (HoldsMemory ? 1 : 0);
}

/// <summary>
/// The facts at one point of a function: which variables (locals, parameters, flow captures) hold arena memory,
/// which rented leases are not yet disposed, which tested conditions are known (so a lease rented under
/// <c>if (x)</c> is not live on a path where <c>x</c> is false), and which static or instance fields were last set
/// to arena memory (an escape unless they are set back before the function ends). Immutable; joined where control
/// flow merges.
/// </summary>
internal sealed class FlowState
{
    public static readonly ImmutableDictionary<object, bool> NoConditions = ImmutableDictionary.Create<object, bool>(VariableComparer.Instance);

    public static readonly FlowState Empty = new(
        ImmutableDictionary.Create<object, Taint>(VariableComparer.Instance),
        ImmutableDictionary.Create<ILocalSymbol, LiveLease>(SymbolEqualityComparer.Default),
        NoConditions,
        ImmutableDictionary.Create<ILocalSymbol, ImmutableDictionary<object, bool>>(SymbolEqualityComparer.Default),
        ImmutableDictionary.Create<ISymbol, PendingStore>(SymbolEqualityComparer.Default));

    public FlowState(ImmutableDictionary<object, Taint> taints, ImmutableDictionary<ILocalSymbol, LiveLease> liveLeases,
        ImmutableDictionary<object, bool> conditions, ImmutableDictionary<ILocalSymbol, ImmutableDictionary<object, bool>> leaseGuards,
        ImmutableDictionary<ISymbol, PendingStore> pendingStores)
    {
        Taints = taints;
        LiveLeases = liveLeases;
        Conditions = conditions;
        LeaseGuards = leaseGuards;
        PendingStores = pendingStores;
    }

    /// <summary>Keyed by <see cref="ISymbol"/> (locals and parameters) or <c>CaptureId</c>.</summary>
    public ImmutableDictionary<object, Taint> Taints { get; }

    /// <summary>Leases rented into a local and not disposed.</summary>
    public ImmutableDictionary<ILocalSymbol, LiveLease> LiveLeases { get; }

    /// <summary>Conditions (a boolean variable, or the text of a side-effect-free test) whose value every path to this point tested, and that did not change since.</summary>
    public ImmutableDictionary<object, bool> Conditions { get; }

    /// <summary>For a live lease: the conditions that held on every path where it was rented (absent means none).</summary>
    public ImmutableDictionary<ILocalSymbol, ImmutableDictionary<object, bool>> LeaseGuards { get; }

    /// <summary>Static fields and fields of this object whose last store on some path was arena memory, with that store.</summary>
    public ImmutableDictionary<ISymbol, PendingStore> PendingStores { get; }

    public FlowState With(ImmutableDictionary<object, Taint> taints) => ReferenceEquals(taints, Taints) ? this : new FlowState(taints, LiveLeases, Conditions, LeaseGuards, PendingStores);

    public FlowState With(ImmutableDictionary<ILocalSymbol, LiveLease> live) => ReferenceEquals(live, LiveLeases) ? this : new FlowState(Taints, live, Conditions, LeaseGuards, PendingStores);

    public FlowState With(ImmutableDictionary<ISymbol, PendingStore> pending) => ReferenceEquals(pending, PendingStores) ? this : new FlowState(Taints, LiveLeases, Conditions, LeaseGuards, pending);

    public FlowState With(ImmutableDictionary<object, bool> conditions, ImmutableDictionary<ILocalSymbol, ImmutableDictionary<object, bool>> guards)
        => ReferenceEquals(conditions, Conditions) && ReferenceEquals(guards, LeaseGuards) ? this : new FlowState(Taints, LiveLeases, conditions, guards, PendingStores);

    public ImmutableDictionary<object, bool> GuardOf(ILocalSymbol lease) => LeaseGuards.TryGetValue(lease, out ImmutableDictionary<object, bool>? guard) ? guard : NoConditions;

    /// <summary>
    /// Merges two states: a variable is tracked, a lease live and a store pending if either path says so; released only
    /// if both paths agree (see <see cref="Taint.Join"/>). <paramref name="bIsBackEdge"/>: <paramref name="b"/> comes round a loop.
    /// </summary>
    public static FlowState Join(FlowState a, FlowState b, bool bIsBackEdge = false)
    {
        if (ReferenceEquals(a, b)) return a;
        ImmutableDictionary<object, Taint> taints = a.Taints;
        foreach (KeyValuePair<object, Taint> pair in b.Taints)
        {
            taints = taints.TryGetValue(pair.Key, out Taint? existing) ? taints.SetItem(pair.Key, Taint.Join(existing, pair.Value, bIsBackEdge)) : taints.Add(pair.Key, pair.Value);
        }
        ImmutableDictionary<ILocalSymbol, LiveLease> live = a.LiveLeases;
        foreach (KeyValuePair<ILocalSymbol, LiveLease> pair in b.LiveLeases)
        {
            if (!live.TryGetValue(pair.Key, out LiveLease? existing)) live = live.Add(pair.Key, pair.Value);
            else if (pair.Value.HoldsMemory && !existing.HoldsMemory) live = live.SetItem(pair.Key, pair.Value);
        }
        // A lease's guard is what held wherever it is live: from the side(s) where it is live.
        ImmutableDictionary<ILocalSymbol, ImmutableDictionary<object, bool>> guards = Empty.LeaseGuards;
        foreach (ILocalSymbol lease in live.Keys)
        {
            bool inA = a.LiveLeases.ContainsKey(lease), inB = b.LiveLeases.ContainsKey(lease);
            ImmutableDictionary<object, bool> guard = inA && inB ? Common(a.GuardOf(lease), b.GuardOf(lease)) : inA ? a.GuardOf(lease) : b.GuardOf(lease);
            if (guard.Count > 0) guards = guards.Add(lease, guard);
        }
        ImmutableDictionary<ISymbol, PendingStore> pending = a.PendingStores;
        foreach (KeyValuePair<ISymbol, PendingStore> pair in b.PendingStores)
        {
            if (!pending.ContainsKey(pair.Key)) pending = pending.Add(pair.Key, pair.Value);
        }
        ImmutableDictionary<object, bool> conditions = Common(a.Conditions, b.Conditions);
        // Most joins change nothing (b adds no fact): keep a, and with it the dictionaries' identity.
        if (ReferenceEquals(taints, a.Taints) && ReferenceEquals(live, a.LiveLeases) && ReferenceEquals(conditions, a.Conditions) && ReferenceEquals(pending, a.PendingStores)
            && (ReferenceEquals(guards, a.LeaseGuards) || guards.Count == 0 && a.LeaseGuards.Count == 0))
        {
            return a;
        }
        return new FlowState(taints, live, conditions, guards, pending);
    }

    // The conditions both sides agree on.
    private static ImmutableDictionary<object, bool> Common(ImmutableDictionary<object, bool> a, ImmutableDictionary<object, bool> b)
    {
        if (ReferenceEquals(a, b)) return a;
        ImmutableDictionary<object, bool> common = a;
        foreach (KeyValuePair<object, bool> pair in a)
        {
            if (!b.TryGetValue(pair.Key, out bool value) || value != pair.Value) common = common.Remove(pair.Key);
        }
        return common;
    }

    private static bool SameConditions(ImmutableDictionary<object, bool> a, ImmutableDictionary<object, bool> b)
    {
        if (a.Count != b.Count) return false;
        foreach (KeyValuePair<object, bool> pair in a)
        {
            if (!b.TryGetValue(pair.Key, out bool value) || value != pair.Value) return false;
        }
        return true;
    }

    /// <summary>Compares symbols with Roslyn's symbol equality, and flow captures and condition texts by value.</summary>
    private sealed class VariableComparer : IEqualityComparer<object>
    {
        public static readonly VariableComparer Instance = new();

        public new bool Equals(object? x, object? y)
            => x is ISymbol a && y is ISymbol b ? SymbolEqualityComparer.Default.Equals(a, b) : object.Equals(x, y);

        public int GetHashCode(object obj) => obj is ISymbol symbol ? SymbolEqualityComparer.Default.GetHashCode(symbol) : obj.GetHashCode();
    }

    public bool SameAs(FlowState other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (Taints.Count != other.Taints.Count || LiveLeases.Count != other.LiveLeases.Count || PendingStores.Count != other.PendingStores.Count) return false;
        foreach (KeyValuePair<object, Taint> pair in Taints)
        {
            if (!other.Taints.TryGetValue(pair.Key, out Taint? taint) || !taint.Equals(pair.Value)) return false;
        }
        foreach (KeyValuePair<ILocalSymbol, LiveLease> pair in LiveLeases)
        {
            if (!other.LiveLeases.TryGetValue(pair.Key, out LiveLease? lease) || !lease.Equals(pair.Value) || !SameConditions(GuardOf(pair.Key), other.GuardOf(pair.Key))) return false;
        }
        foreach (KeyValuePair<ISymbol, PendingStore> pair in PendingStores)
        {
            if (!other.PendingStores.TryGetValue(pair.Key, out PendingStore? store) || !ReferenceEquals(store.Value, pair.Value.Value)) return false;
        }
        return SameConditions(Conditions, other.Conditions);
    }
}
