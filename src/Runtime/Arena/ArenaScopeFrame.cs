namespace ParamArena;

/// <summary>
/// A saved arena position: where a lease's scope started (or, at index 0, the persistent floor).
/// Releasing a scope returns the arena to its frame.
/// </summary>
internal unsafe struct ArenaScopeFrame
{
    /// <summary>The bump cursor at the mark (the floor's and saved positions'; a lease keeps its own mark instead).</summary>
    public byte* Cursor;

    /// <summary>The current page at the mark (for lease frames, valid once the frame is at or below the arena's synced depth).</summary>
    public ArenaPage* Page;

    /// <summary>The newest large block at the mark (same validity as <see cref="Page"/>).</summary>
    public ArenaLargeBlock* Large;

    /// <summary>For scopes deeper than the arena's inline token slots, the token of the lease that owns the frame; carries <see cref="ArenaScopeToken.CheckedFlag"/> in checked mode and <see cref="ArenaScopeToken.SyncedFlag"/> once Page and Large were recorded, so the inlined release declines it.</summary>
    public long Token;

    /// <summary>In checked mode, how many checked allocations existed at the mark.</summary>
    public int CheckIndex;
}
