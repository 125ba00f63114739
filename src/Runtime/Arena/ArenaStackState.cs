namespace ParamArena;

/// <summary>
/// The state of a lease rented over a stack buffer (<see cref="ArenaLease.Rent(System.Span{byte})"/>), kept at the
/// start of that buffer: the free part of the buffer, and the scope of the thread's arena rented for what did not fit.
/// </summary>
internal unsafe struct ArenaStackState
{
    /// <summary>The next free byte of the buffer, granule-aligned.</summary>
    public byte* Cursor;

    /// <summary>The granule-aligned end of the buffer; null once the lease is disposed.</summary>
    public byte* End;

    /// <summary>The token of the thread arena's scope holding what did not fit; 0 until something did not.</summary>
    public long Token;

    /// <summary>The mark of that scope (set with <see cref="Token"/>).</summary>
    public byte* Mark;
}
