namespace ParamArena;

/// <summary>A thread cache's stack of free blocks for one bucket and the thread's counters for it.</summary>
internal struct CacheBucket
{
    /// <summary>The cached blocks; the top of the stack is at <see cref="Count"/> - 1.</summary>
    public nint[] Items;

    /// <summary>How many blocks are cached.</summary>
    public int Count;

    /// <summary>Allocations this thread served from the cache.</summary>
    public long Hits;

    /// <summary>Allocations that found the cache empty and went to the bucket's global list.</summary>
    public long Misses;

    /// <summary>Misses that found the bucket exhausted and became large blocks.</summary>
    public long Overflows;

    /// <summary>Blocks of the bucket this thread freed (wherever they were allocated).</summary>
    public long Frees;
}
