using Microsoft.CodeAnalysis;

namespace ParamArena.Analyzers.Escape;

/// <summary>How arena memory (or a lease) gets where the flow engine saw it go.</summary>
internal enum EscapeRoute
{
    /// <summary>Returned from the function (by value or by reference).</summary>
    Returned,
    /// <summary>Yielded from an iterator.</summary>
    Yielded,
    /// <summary>Written where the caller reads it: a ref/out parameter, or memory a caller's pointer, span or ref struct refers to.</summary>
    WrittenToCaller,
    /// <summary>Stored in heap or static storage: a field, static, array element or collection.</summary>
    Stored,
    /// <summary>Passed to a method that runs it later or on another thread (a delegate).</summary>
    Scheduled,
    /// <summary>Subscribed to an event of an object the function does not own (a delegate).</summary>
    Subscribed,
    /// <summary>Passed to a [RetainsArgument] parameter.</summary>
    Retained,
    /// <summary>Read after its owner was released (on every path, or on the previous iteration of a loop), or after a suspension.</summary>
    Read,
    /// <summary>A rented lease whose value is never kept, so nothing can dispose it.</summary>
    LeaseDiscarded,
    /// <summary>A live lease variable assigned again.</summary>
    LeaseOverwritten,
    /// <summary>A lease still open where the function returns, on some path.</summary>
    LeaseOpenAtExit,
    /// <summary>A lease holding memory still open where the function throws (no handler closes it).</summary>
    LeaseOpenOnThrow,
}

/// <summary>
/// One thing the flow engine saw: what escaped (<see cref="Value"/> and its <see cref="Memory"/>, which names the lease
/// or arena it is from), how (<see cref="Route"/>) and where (<see cref="Location"/>, <see cref="Place"/>). The engine
/// records every such event and decides nothing; <see cref="EscapeReporter"/> decides which ones are diagnostics.
/// </summary>
internal sealed class EscapeEvent
{
    public EscapeEvent(EscapeRoute route, Location location, Taint? memory = null, string? value = null, string? place = null, ISymbol? variable = null)
    {
        Route = route;
        Location = location;
        Memory = memory;
        Value = value;
        Place = place;
        Variable = variable;
    }

    public EscapeRoute Route { get; }

    /// <summary>Where it happens in source (for lease events, where the lease was rented).</summary>
    public Location Location { get; }

    /// <summary>What the engine knows about the memory: its owner, how it is held, released or suspended. Null for lease events.</summary>
    public Taint? Memory { get; }

    /// <summary>The escaping value as source text (a variable name, or the expression).</summary>
    public string? Value { get; }

    /// <summary>
    /// Where it goes, in words: the field, parameter or collection for stores and writes ("the static field 'A.B'"),
    /// the method for scheduling and retaining ("Task.Run"), the event for subscriptions.
    /// </summary>
    public string? Place { get; }

    /// <summary>For reads: the variable read.</summary>
    public ISymbol? Variable { get; }
}
