namespace ParamArena.Marshalling;

/// <summary>Where an enumeration's items end up.</summary>
internal enum EnumerationMemory
{
    /// <summary><c>out T[]</c>: a managed array of exactly the items (the call's only allocation).</summary>
    ManagedArray,

    /// <summary><c>out Span&lt;T&gt;</c> over memory of the caller's <c>ArenaLease</c> parameter (which also stages the inputs).</summary>
    Lease,

    /// <summary><c>out Span&lt;T&gt;</c> over a block of the caller's <c>NativePool</c> parameter, which the caller frees.</summary>
    Pool,
}

/// <summary>An <c>[ArenaEnumerated]</c> parameter: the count-then-fill call the stub repeats until the count holds still.</summary>
/// <param name="Memory">Where the items go.</param>
/// <param name="Provider">The <c>ArenaLease</c> or <c>NativePool</c> parameter providing their memory, or null.</param>
/// <param name="CountReturned">The count is passed by value and the function returns the number of items (negative: failure).</param>
/// <param name="Success">With the count by pointer and a return value: the value meaning success, as a C# expression of the return type.</param>
/// <param name="Incomplete">The value meaning "the buffer was too small", as a C# expression, or null.</param>
/// <param name="ItemTag">The value written to each item's <c>SType</c> before the fill call (its <c>PNext</c> set to null), as a C# expression, or null.</param>
internal sealed record EnumerationModel(EnumerationMemory Memory, string? Provider, bool CountReturned, string? Success, string? Incomplete, string? ItemTag = null);
