using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ParamArena.Analyzers.Escape;

/// <summary>
/// The facts at one point of a method: which variables (locals, parameters, flow captures) hold arena
/// memory, and which rented leases are not yet disposed. Immutable; joined where control flow merges.
/// </summary>
internal sealed class FlowState
{
    public static readonly FlowState Empty = new(
        ImmutableDictionary.Create<object, Taint>(VariableComparer.Instance),
        ImmutableDictionary.Create<ILocalSymbol, Location>(SymbolEqualityComparer.Default));

    public FlowState(ImmutableDictionary<object, Taint> taints, ImmutableDictionary<ILocalSymbol, Location> liveLeases)
    {
        Taints = taints;
        LiveLeases = liveLeases;
    }

    /// <summary>Keyed by <see cref="ISymbol"/> (locals and parameters) or <c>CaptureId</c>.</summary>
    public ImmutableDictionary<object, Taint> Taints { get; }

    /// <summary>Leases rented into a local and not disposed, with where they were rented.</summary>
    public ImmutableDictionary<ILocalSymbol, Location> LiveLeases { get; }

    public FlowState With(ImmutableDictionary<object, Taint> taints) => ReferenceEquals(taints, Taints) ? this : new FlowState(taints, LiveLeases);

    public FlowState With(ImmutableDictionary<ILocalSymbol, Location> live) => ReferenceEquals(live, LiveLeases) ? this : new FlowState(Taints, live);

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
        return new FlowState(taints, live);
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
            if (!other.LiveLeases.ContainsKey(lease)) return false;
        }
        return true;
    }
}
