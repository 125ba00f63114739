using System;
using System.Runtime.InteropServices;
using System.Threading;

namespace ParamArena;

/// <summary>
/// One thread's cache of free blocks for one pool: a <see cref="CacheSlot"/> per bucket in front of the
/// bucket's global free list, touched only by its thread (and by the finalizer thread once that thread is gone).
/// </summary>
internal sealed unsafe class ThreadCache
{
    /// <summary>A cache holds at least two blocks per bucket, so spilling half of a full cache moves at least one.</summary>
    public const int MinimumCapacity = 2;

    public ThreadCache(NativePool owner, int[] classSizes, int bytesPerBucket)
    {
        Owner = owner;
        Pool = owner;
        Thread = Thread.CurrentThread;
        BucketCount = classSizes.Length;
        var capacities = new int[classSizes.Length];
        long entries = 0;
        for (int i = 0; i < classSizes.Length; i++)
        {
            capacities[i] = Math.Max(MinimumCapacity, bytesPerBucket / classSizes[i]);
            entries += capacities[i];
        }

        nuint slotBytes = (nuint)(classSizes.Length * sizeof(CacheSlot));
        Slots = (CacheSlot*)NativeMemory.AlignedAlloc(slotBytes + (nuint)entries * (nuint)sizeof(nint), 64);
        nint* entry = (nint*)((byte*)Slots + slotBytes);
        for (int i = 0; i < classSizes.Length; i++)
        {
            Slots[i] = new CacheSlot { Top = entry, Bottom = entry, Limit = entry + capacities[i] };
            entry += capacities[i];
        }
    }

    /// <summary>The pool the cache belongs to, for returning it from a finalizer.</summary>
    public NativePool Owner { get; }

    /// <summary>
    /// The pool while the cache is in service; null once retired or once the pool is disposed, so the
    /// allocation path's single "is this my cache" compare also rejects a dead cache.
    /// </summary>
    public NativePool? Pool;

    /// <summary>The thread the cache serves: once it has ended, the pool may take the cache back without waiting for the finalizer.</summary>
    public Thread Thread { get; }

    /// <summary>One slot per bucket.</summary>
    public readonly CacheSlot* Slots;

    /// <summary>The number of slots.</summary>
    public int BucketCount { get; }

    /// <summary>Set once the cache's blocks went back to the global lists and its memory was released.</summary>
    public bool Retired { get; private set; }

    /// <summary>Frees the slots; the blocks they held must have been returned (or the pool disposed) first.</summary>
    public void Release()
    {
        Pool = null;
        Retired = true;
        NativeMemory.AlignedFree(Slots);
    }
}
