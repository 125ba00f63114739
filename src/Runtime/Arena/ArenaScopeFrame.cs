namespace ParamArena;

/// <summary>
/// A saved arena position: where a lease's scope started (or, at index 0, the persistent floor).
/// Releasing a scope returns the arena to its frame.
/// </summary>
internal unsafe struct ArenaScopeFrame
{
    /// <summary>The bump cursor at the mark.</summary>
    public byte* Cursor;

    /// <summary>The current page at the mark.</summary>
    public ArenaPage* Page;

    /// <summary>The newest large block at the mark.</summary>
    public ArenaLargeBlock* Large;

    /// <summary>The token of the lease that owns the frame (0 for the floor); carries <see cref="ArenaScopeToken.CheckedFlag"/> in checked mode so the fast release path declines it.</summary>
    public long Token;

    /// <summary>In checked mode, how many checked allocations existed at the mark.</summary>
    public int CheckIndex;
}
