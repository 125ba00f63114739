using System;

namespace ParamArena;

/// <summary>
/// One thread's cache of free blocks for one pool: a small stack per bucket in front of the bucket's global
/// free list, touched only by its thread (and by the finalizer thread once that thread is gone).
/// </summary>
internal sealed class ThreadCache
{
    public ThreadCache(NativePool owner, int[] classSizes, int bytesPerBucket)
    {
        Owner = owner;
        Buckets = new CacheBucket[classSizes.Length];
        for (int i = 0; i < classSizes.Length; i++)
        {
            int capacity = Math.Max(MinimumCapacity, bytesPerBucket / classSizes[i]);
            Buckets[i].Items = new nint[capacity];
        }
    }

    /// <summary>A cache holds at least two blocks per bucket, so spilling half of a full cache moves at least one.</summary>
    public const int MinimumCapacity = 2;

    /// <summary>The pool the cache belongs to.</summary>
    public NativePool Owner { get; }

    /// <summary>Per-bucket stacks and counters, indexed by bucket.</summary>
    public CacheBucket[] Buckets { get; }

    /// <summary>Set once the cache's blocks went back to the global lists; a retired cache is never used again.</summary>
    public bool Retired { get; set; }
}
