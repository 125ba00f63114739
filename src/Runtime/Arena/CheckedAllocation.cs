namespace ParamArena;

/// <summary>An allocation made in checked mode, remembered until its scope ends so its canary can be verified.</summary>
internal readonly unsafe struct CheckedAllocation
{
    /// <summary>Records an allocation.</summary>
    public CheckedAllocation(byte* start, nuint size, long offset)
    {
        Start = start;
        Size = size;
        Offset = offset;
    }

    /// <summary>The first byte handed out.</summary>
    public byte* Start { get; }

    /// <summary>The size asked for; the canary starts right after it.</summary>
    public nuint Size { get; }

    /// <summary>The allocation's offset in the arena (bytes in use before it), or -1 for a large block.</summary>
    public long Offset { get; }
}
