using System.Runtime.CompilerServices;
using System.Threading;

namespace ParamArena;

/// <summary>
/// Process-wide arena totals. Updated with interlocked operations only when an arena takes or gives
/// back native memory (never per allocation), so they are exact and cost nothing on the hot path.
/// </summary>
internal static class ArenaProcessTotals
{
    private static readonly object s_marker = new();
    private static readonly ConditionalWeakTable<Arena, object> s_live = new();

    private static long s_reservedBytes;
    private static long s_pages;
    private static long s_largeBlocks;
    private static long s_arenas;
    private static long s_nativeAllocations;
    private static long s_nativeFrees;

    /// <summary>Native bytes held by all arenas, including those waiting for their finalizer.</summary>
    public static long ReservedBytes => Volatile.Read(ref s_reservedBytes);

    /// <summary>Pages held by all arenas.</summary>
    public static long Pages => Volatile.Read(ref s_pages);

    /// <summary>Large blocks held by all arenas.</summary>
    public static long LargeBlocks => Volatile.Read(ref s_largeBlocks);

    /// <summary>Arenas neither disposed nor finalized.</summary>
    public static long Arenas => Volatile.Read(ref s_arenas);

    /// <summary>Native allocations made by arenas since the process started.</summary>
    public static long NativeAllocations => Volatile.Read(ref s_nativeAllocations);

    /// <summary>Native frees made by arenas since the process started.</summary>
    public static long NativeFrees => Volatile.Read(ref s_nativeFrees);

    /// <summary>The arenas alive now, held weakly so the registry never keeps a dead thread's arena alive.</summary>
    public static ConditionalWeakTable<Arena, object> Live => s_live;

    /// <summary>Counts a new arena and makes it visible to <see cref="Arena.ProcessStats"/>.</summary>
    public static void ArenaCreated(Arena arena)
    {
        ArenaInstruments.EnsureCreated();
        s_live.Add(arena, s_marker);
        Interlocked.Increment(ref s_arenas);
    }

    /// <summary>Counts an arena that was disposed or finalized.</summary>
    public static void ArenaReleased() => Interlocked.Decrement(ref s_arenas);

    /// <summary>Counts a page the arena took from the native allocator.</summary>
    public static void PageAllocated(nuint size)
    {
        Interlocked.Add(ref s_reservedBytes, (long)size);
        Interlocked.Increment(ref s_pages);
        Interlocked.Increment(ref s_nativeAllocations);
    }

    /// <summary>Counts a page given back to the native allocator.</summary>
    public static void PageFreed(nuint size)
    {
        Interlocked.Add(ref s_reservedBytes, -(long)size);
        Interlocked.Decrement(ref s_pages);
        Interlocked.Increment(ref s_nativeFrees);
    }

    /// <summary>Counts a large block taken from the native allocator.</summary>
    public static void LargeBlockAllocated(nuint size)
    {
        Interlocked.Add(ref s_reservedBytes, (long)size);
        Interlocked.Increment(ref s_largeBlocks);
        Interlocked.Increment(ref s_nativeAllocations);
    }

    /// <summary>Counts a large block given back to the native allocator.</summary>
    public static void LargeBlockFreed(nuint size)
    {
        Interlocked.Add(ref s_reservedBytes, -(long)size);
        Interlocked.Decrement(ref s_largeBlocks);
        Interlocked.Increment(ref s_nativeFrees);
    }
}
