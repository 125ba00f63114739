using System;

namespace ParamArena;

/// <summary>
/// The thread-static root of a thread's caches, one slot per live pool. Nothing else references it, so it
/// becomes unreachable when its thread ends; its finalizer then hands every cache's blocks back to the pools.
/// </summary>
internal sealed class ThreadCacheHolder
{
    /// <summary>The thread's caches, indexed by <c>NativePool</c> registry slot.</summary>
    public ThreadCache?[] Caches = new ThreadCache?[4];

    /// <summary>Stores <paramref name="cache"/> in <paramref name="slot"/>, growing the table as needed.</summary>
    public void Set(int slot, ThreadCache? cache)
    {
        if (slot >= Caches.Length)
        {
            Array.Resize(ref Caches, Math.Max(slot + 1, Caches.Length * 2));
        }

        Caches[slot] = cache;
    }

    /// <summary>Returns the dead thread's blocks. The pool checks, under its lock, whether it was disposed first.</summary>
    ~ThreadCacheHolder()
    {
        foreach (ThreadCache? cache in Caches)
        {
            cache?.Owner.RetireCache(cache);
        }
    }
}
