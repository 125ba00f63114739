using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ParamArena.Analyzers.Escape;

/// <summary>
/// The facts at one point of a method: which variables (locals, parameters, flow captures) hold arena
/// memory, which rented leases are not yet disposed, and which tested conditions are known (so a lease rented
/// under <c>if (x)</c> is not live on a path where <c>x</c> is false). Immutable; joined where control flow merges.
/// </summary>
internal sealed class FlowState
{
    public static readonly ImmutableDictionary<ISymbol, bool> NoConditions = ImmutableDictionary.Create<ISymbol, bool>(SymbolEqualityComparer.Default);

    public static readonly FlowState Empty = new(
        ImmutableDictionary.Create<object, Taint>(VariableComparer.Instance),
        ImmutableDictionary.Create<ILocalSymbol, Location>(SymbolEqualityComparer.Default),
        NoConditions,
        ImmutableDictionary.Create<ILocalSymbol, ImmutableDictionary<ISymbol, bool>>(SymbolEqualityComparer.Default));

    public FlowState(ImmutableDictionary<object, Taint> taints, ImmutableDictionary<ILocalSymbol, Location> liveLeases,
        ImmutableDictionary<ISymbol, bool> conditions, ImmutableDictionary<ILocalSymbol, ImmutableDictionary<ISymbol, bool>> leaseGuards)
    {
        Taints = taints;
        LiveLeases = liveLeases;
        Conditions = conditions;
        LeaseGuards = leaseGuards;
    }

    /// <summary>Keyed by <see cref="ISymbol"/> (locals and parameters) or <c>CaptureId</c>.</summary>
    public ImmutableDictionary<object, Taint> Taints { get; }

    /// <summary>Leases rented into a local and not disposed, with where they were rented.</summary>
    public ImmutableDictionary<ILocalSymbol, Location> LiveLeases { get; }

    /// <summary>Boolean locals and parameters whose value every path to this point tested (and did not change since).</summary>
    public ImmutableDictionary<ISymbol, bool> Conditions { get; }

    /// <summary>For a live lease: the conditions that held on every path where it was rented (absent means none).</summary>
    public ImmutableDictionary<ILocalSymbol, ImmutableDictionary<ISymbol, bool>> LeaseGuards { get; }

    public FlowState With(ImmutableDictionary<object, Taint> taints) => ReferenceEquals(taints, Taints) ? this : new FlowState(taints, LiveLeases, Conditions, LeaseGuards);

    public FlowState With(ImmutableDictionary<ILocalSymbol, Location> live) => ReferenceEquals(live, LiveLeases) ? this : new FlowState(Taints, live, Conditions, LeaseGuards);

    public FlowState With(ImmutableDictionary<ISymbol, bool> conditions, ImmutableDictionary<ILocalSymbol, ImmutableDictionary<ISymbol, bool>> guards)
        => ReferenceEquals(conditions, Conditions) && ReferenceEquals(guards, LeaseGuards) ? this : new FlowState(Taints, LiveLeases, conditions, guards);

    public ImmutableDictionary<ISymbol, bool> GuardOf(ILocalSymbol lease) => LeaseGuards.TryGetValue(lease, out ImmutableDictionary<ISymbol, bool>? guard) ? guard : NoConditions;

    /// <summary>Merges two states: a variable is tracked if either path tracks it, a lease is live if either path leaves it live.</summary>
    public static FlowState Join(FlowState a, FlowState b)
    {
        if (ReferenceEquals(a, b)) return a;
        ImmutableDictionary<object, Taint> taints = a.Taints;
        foreach (KeyValuePair<object, Taint> pair in b.Taints)
        {
            taints = taints.TryGetValue(pair.Key, out Taint? existing) ? taints.SetItem(pair.Key, Taint.Join(existing, pair.Value)) : taints.Add(pair.Key, pair.Value);
        }
        ImmutableDictionary<ILocalSymbol, Location> live = a.LiveLeases;
        foreach (KeyValuePair<ILocalSymbol, Location> pair in b.LiveLeases)
        {
            if (!live.ContainsKey(pair.Key)) live = live.Add(pair.Key, pair.Value);
        }
        // A lease's guard is what held wherever it is live: from the side(s) where it is live.
        ImmutableDictionary<ILocalSymbol, ImmutableDictionary<ISymbol, bool>> guards = Empty.LeaseGuards;
        foreach (ILocalSymbol lease in live.Keys)
        {
            bool inA = a.LiveLeases.ContainsKey(lease), inB = b.LiveLeases.ContainsKey(lease);
            ImmutableDictionary<ISymbol, bool> guard = inA && inB ? Common(a.GuardOf(lease), b.GuardOf(lease)) : inA ? a.GuardOf(lease) : b.GuardOf(lease);
            if (guard.Count > 0) guards = guards.Add(lease, guard);
        }
        return new FlowState(taints, live, Common(a.Conditions, b.Conditions), guards);
    }

    // The conditions both sides agree on.
    private static ImmutableDictionary<ISymbol, bool> Common(ImmutableDictionary<ISymbol, bool> a, ImmutableDictionary<ISymbol, bool> b)
    {
        if (ReferenceEquals(a, b)) return a;
        ImmutableDictionary<ISymbol, bool> common = a;
        foreach (KeyValuePair<ISymbol, bool> pair in a)
        {
            if (!b.TryGetValue(pair.Key, out bool value) || value != pair.Value) common = common.Remove(pair.Key);
        }
        return common;
    }

    private static bool SameConditions(ImmutableDictionary<ISymbol, bool> a, ImmutableDictionary<ISymbol, bool> b)
    {
        if (a.Count != b.Count) return false;
        foreach (KeyValuePair<ISymbol, bool> pair in a)
        {
            if (!b.TryGetValue(pair.Key, out bool value) || value != pair.Value) return false;
        }
        return true;
    }

    /// <summary>Compares symbols with Roslyn's symbol equality and flow captures by value.</summary>
    private sealed class VariableComparer : IEqualityComparer<object>
    {
        public static readonly VariableComparer Instance = new();

        public new bool Equals(object? x, object? y)
            => x is ISymbol a && y is ISymbol b ? SymbolEqualityComparer.Default.Equals(a, b) : object.Equals(x, y);

        public int GetHashCode(object obj) => obj is ISymbol symbol ? SymbolEqualityComparer.Default.GetHashCode(symbol) : obj.GetHashCode();
    }

    public bool SameAs(FlowState other)
    {
        if (Taints.Count != other.Taints.Count || LiveLeases.Count != other.LiveLeases.Count) return false;
        foreach (KeyValuePair<object, Taint> pair in Taints)
        {
            if (!other.Taints.TryGetValue(pair.Key, out Taint? taint) || !taint.Equals(pair.Value)) return false;
        }
        foreach (ILocalSymbol lease in LiveLeases.Keys)
        {
            if (!other.LiveLeases.ContainsKey(lease) || !SameConditions(GuardOf(lease), other.GuardOf(lease))) return false;
        }
        return SameConditions(Conditions, other.Conditions);
    }
}
