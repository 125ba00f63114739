using Microsoft.CodeAnalysis;

namespace ParamArena.Analyzers.Escape;

/// <summary>What the flow analysis knows about one variable that holds arena memory. Immutable.</summary>
internal sealed class Taint
{
    public Taint(OwnerKind kind, ISymbol? owner, CarrierKind carrier, string? capturedName = null, bool released = false, string? suspension = null, bool releasedInLoop = false)
    {
        Kind = kind;
        Owner = owner;
        Carrier = carrier;
        CapturedName = capturedName;
        Released = released;
        Suspension = suspension;
        ReleasedInLoop = releasedInLoop;
    }

    /// <summary>Where the memory comes from.</summary>
    public OwnerKind Kind { get; }

    /// <summary>The lease or arena (local, parameter, or field of this object / static) that owns the memory, when known.</summary>
    public ISymbol? Owner { get; }

    /// <summary>How the value holds the memory.</summary>
    public CarrierKind Carrier { get; }

    /// <summary>For delegates (and objects that keep one): the captured variable that points into the arena.</summary>
    public string? CapturedName { get; }

    /// <summary>True when the owner has been disposed (or reset) on every path reaching this point.</summary>
    public bool Released { get; }

    /// <summary>
    /// True when the owner was released on every path around a loop back to this point: the memory is gone from the
    /// second iteration on (a frame loop that resets its arena).
    /// </summary>
    public bool ReleasedInLoop { get; }

    /// <summary>"await" or "yield return" when every path to this point suspended after the value was made.</summary>
    public string? Suspension { get; }

    /// <summary>True when the memory is released before this method returns, so leaving the method is an escape.</summary>
    public bool DiesWithMethod => Kind is OwnerKind.LocalLease or OwnerKind.LocalArena;

    /// <summary>True when heap storage outlives the memory (including a lease the caller lent us).</summary>
    public bool DiesBeforeHeap => Kind is OwnerKind.LocalLease or OwnerKind.LocalArena or OwnerKind.ParameterLease;

    /// <summary>True when the value is (or keeps) a delegate that captures arena memory.</summary>
    public bool HoldsDelegate => Carrier == CarrierKind.Delegate || CapturedName is not null;

    /// <summary>How the owner is named in messages.</summary>
    public string OwnerName => Owner?.Name ?? (Kind == OwnerKind.ThreadArena ? "Arena.ForCurrentThread" : "the arena");

    public Taint AsCarrier(CarrierKind carrier, string? capturedName = null)
        => carrier == Carrier && capturedName == CapturedName ? this : new Taint(Kind, Owner, carrier, capturedName, Released, Suspension, ReleasedInLoop);

    public Taint AsReleased() => Released ? this : new Taint(Kind, Owner, Carrier, CapturedName, true, Suspension, ReleasedInLoop);

    public Taint AsSuspended(string suspension) => Suspension is not null ? this : new Taint(Kind, Owner, Carrier, CapturedName, Released, suspension, ReleasedInLoop);

    /// <summary>
    /// Joins two facts about one variable at a control-flow merge: released or suspended only when both are (precision
    /// first); released in a loop when either says so, or when <paramref name="b"/> arrives over a loop's back edge released.
    /// </summary>
    public static Taint Join(Taint a, Taint b, bool bIsBackEdge = false)
    {
        bool inLoop = a.ReleasedInLoop || b.ReleasedInLoop || (bIsBackEdge && b.Released && !a.Released);
        if (a.Equals(b)) return a;
        Taint stronger = b.Kind > a.Kind ? b : a;
        bool released = a.Released && b.Released;
        string? suspension = a.Suspension is not null && b.Suspension is not null ? a.Suspension : null;
        return new Taint(stronger.Kind, stronger.Owner, stronger.Carrier, stronger.CapturedName ?? (ReferenceEquals(stronger, a) ? b : a).CapturedName,
            released, suspension, inLoop && !released);
    }

    public override bool Equals(object? obj)
        => obj is Taint other && Kind == other.Kind && SymbolEqualityComparer.Default.Equals(Owner, other.Owner) && Carrier == other.Carrier
           && CapturedName == other.CapturedName && Released == other.Released && Suspension == other.Suspension && ReleasedInLoop == other.ReleasedInLoop;

    public override int GetHashCode() => ((int)Kind * 31 + (int)Carrier) * 31 + (Released ? 1 : 0);
}
