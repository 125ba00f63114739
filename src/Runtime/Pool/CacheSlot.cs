using System.Runtime.InteropServices;

namespace ParamArena;

/// <summary>
/// A thread cache's stack of free blocks for one bucket, in native memory (one cache line each, so the hot
/// path has no bounds checks and two threads' slots never share a line), with the thread's counters for it.
/// </summary>
/// <remarks>
/// Bytes in use are derived, not counted per operation: every block is uncarved, on the global list, in a
/// cache, or in use, so in use = (blocks moved into caches) - (blocks moved out) - (blocks cached now).
/// </remarks>
[StructLayout(LayoutKind.Sequential, Size = 64)]
internal unsafe struct CacheSlot
{
    /// <summary>One past the top cached block.</summary>
    public nint* Top;

    /// <summary>The first entry of the stack.</summary>
    public nint* Bottom;

    /// <summary>One past the last entry: the stack is full when <see cref="Top"/> reaches it.</summary>
    public nint* Limit;

    /// <summary>Allocations served from the cache.</summary>
    public long Hits;

    /// <summary>Allocations that found the cache empty and went to the bucket's global list.</summary>
    public long Misses;

    /// <summary>Misses that found the bucket exhausted and became large blocks.</summary>
    public long Overflows;

    /// <summary>Blocks moved into the cache from the global list or carved from the bucket.</summary>
    public long BlocksIn;

    /// <summary>Blocks moved from the cache back to the global list.</summary>
    public long BlocksOut;

    /// <summary>How many blocks are cached.</summary>
    public readonly int Count => (int)(Top - Bottom);

    /// <summary>How many blocks the cache can hold.</summary>
    public readonly int Capacity => (int)(Limit - Bottom);
}
