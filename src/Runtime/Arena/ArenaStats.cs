namespace ParamArena;

/// <summary>
/// A snapshot of an arena's memory (<see cref="Arena.Stats"/>) or of every arena in the process
/// (<see cref="Arena.ProcessStats"/>).
/// </summary>
public readonly struct ArenaStats
{
    /// <summary>Creates a snapshot.</summary>
    public ArenaStats(long bytesInUse, long highWaterMark, long bytesReserved, long pages, long largeBlocks, long arenas)
    {
        BytesInUse = bytesInUse;
        HighWaterMark = highWaterMark;
        BytesReserved = bytesReserved;
        Pages = pages;
        LargeBlocks = largeBlocks;
        Arenas = arenas;
    }

    /// <summary>Bytes handed out and not yet released (alignment padding included; large blocks at their native size).</summary>
    public long BytesInUse { get; }

    /// <summary>The largest <see cref="BytesInUse"/> seen. For the process: the sum of every live arena's mark.</summary>
    public long HighWaterMark { get; }

    /// <summary>Native bytes held: every page (in use or kept for reuse) and every large block, headers included.</summary>
    public long BytesReserved { get; }

    /// <summary>Pages held, in use or kept for reuse.</summary>
    public long Pages { get; }

    /// <summary>Large blocks held (requests that got their own native allocation).</summary>
    public long LargeBlocks { get; }

    /// <summary>Arenas counted: 1 for one arena; for the process, arenas not yet disposed or finalized.</summary>
    public long Arenas { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"in use {BytesInUse} B (high-water {HighWaterMark} B), reserved {BytesReserved} B in {Pages} pages and {LargeBlocks} large blocks, {Arenas} arenas";
}
