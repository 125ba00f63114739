using System;
using System.Collections.Generic;

namespace ParamArena;

public sealed unsafe partial class NativePool
{
    // The cache last used on this thread: one pool per thread is the common case, so one compare finds it.
    [ThreadStatic] private static ThreadCache? t_recentCache;

    // All of this thread's caches, one per pool slot; its finalizer returns them when the thread ends.
    [ThreadStatic] private static ThreadCacheHolder? t_holder;

    // Guards the cache list, cache retirement, statistics and disposal.
    private readonly object _gate = new();
    private readonly List<ThreadCache> _caches = new();

    // Counters of retired caches, per bucket, so statistics survive their threads.
    private readonly CacheSlot[] _retired;

    /// <summary>
    /// Gives the calling thread a new cache for this pool holding up to <paramref name="bytesPerBucket"/> bytes
    /// per bucket (at least two blocks), filled as <paramref name="warmup"/> says. A cache the thread already
    /// had is returned to the global lists first. Without this call a thread gets a cold cache of
    /// <see cref="NativePoolOptions.ThreadCacheBytesPerBucket"/> on first use.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The pool was disposed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bytesPerBucket"/> is negative or <paramref name="warmup"/> unknown.</exception>
    public void CreateThreadCache(int bytesPerBucket, CacheWarmup warmup = CacheWarmup.Cold)
    {
        if (_disposed)
        {
            ThrowDisposed();
        }

        if (bytesPerBucket < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(bytesPerBucket), bytesPerBucket, "The cache size must not be negative.");
        }

        if (warmup is not (CacheWarmup.Cold or CacheWarmup.Warm or CacheWarmup.Hot))
        {
            throw new ArgumentOutOfRangeException(nameof(warmup), warmup, "Unknown warm-up.");
        }

        DestroyThreadCache();
        ThreadCache cache = AttachNewCache(bytesPerBucket);
        if (warmup == CacheWarmup.Cold)
        {
            return;
        }

        for (int bucket = 0; bucket < cache.BucketCount; bucket++)
        {
            CacheSlot* slot = cache.Slots + bucket;
            int target = warmup == CacheWarmup.Hot ? slot->Capacity : slot->Capacity / 2;
            while (slot->Count < target && Refill(slot, bucket, target - slot->Count) > 0)
            {
            }
        }
    }

    /// <summary>Returns the calling thread's cache of this pool to the global lists and removes it. Does nothing if the thread has none.</summary>
    /// <exception cref="ObjectDisposedException">The pool was disposed.</exception>
    public void DestroyThreadCache()
    {
        if (_disposed)
        {
            ThrowDisposed();
        }

        ThreadCacheHolder? holder = t_holder;
        if (holder is null || Slot >= holder.Caches.Length || holder.Caches[Slot] is not { } cache || cache.Owner != this)
        {
            return;
        }

        holder.Caches[Slot] = null;
        if (t_recentCache == cache)
        {
            t_recentCache = null;
        }

        RetireCache(cache);
    }

    /// <summary>Pushes a cache's blocks back to the global lists, keeps its counters and frees it; safe from a finalizer and after disposal.</summary>
    internal void RetireCache(ThreadCache cache)
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                RetireCacheLocked(cache);
            }
        }
    }

    /// <summary>
    /// Retires the caches of threads that have ended but whose caches the finalizer has not returned yet
    /// (it runs only after a garbage collection). Called when a bucket runs dry, so short-lived threads
    /// cannot strand a bucket's blocks. Returns whether any cache was retired.
    /// </summary>
    private bool ReclaimCachesOfEndedThreads()
    {
        bool reclaimed = false;
        lock (_gate)
        {
            if (_disposed)
            {
                return false;
            }

            for (int i = _caches.Count - 1; i >= 0; i--)
            {
                ThreadCache cache = _caches[i];
                if (!cache.Thread.IsAlive)
                {
                    RetireCacheLocked(cache);
                    reclaimed = true;
                }
            }
        }

        return reclaimed;
    }

    private void RetireCacheLocked(ThreadCache cache)
    {
        if (cache.Retired)
        {
            return;
        }

        for (int bucket = 0; bucket < cache.BucketCount; bucket++)
        {
            CacheSlot* slot = cache.Slots + bucket;
            int count = slot->Count;
            if (count > 0)
            {
                _buckets[bucket].PushBatch(slot->Bottom, count);
                slot->BlocksOut += count;
                slot->Top = slot->Bottom;
            }

            ref CacheSlot retired = ref _retired[bucket];
            retired.Hits += slot->Hits;
            retired.Misses += slot->Misses;
            retired.Overflows += slot->Overflows;
            retired.BlocksIn += slot->BlocksIn;
            retired.BlocksOut += slot->BlocksOut;
        }

        _caches.Remove(cache);
        cache.Release();
    }

    /// <summary>The calling thread's live cache of this pool, created (cold) on first use.</summary>
    private ThreadCache CurrentCache()
    {
        ThreadCache? cache = t_recentCache;
        if (cache is not null && cache.Owner == this && !cache.Retired)
        {
            return cache;
        }

        ThreadCacheHolder? holder = t_holder;
        if (holder is not null && Slot < holder.Caches.Length && holder.Caches[Slot] is { } held && held.Owner == this && !held.Retired)
        {
            t_recentCache = held;
            return held;
        }

        return AttachNewCache(_defaultCacheBytes);
    }

    private ThreadCache AttachNewCache(int bytesPerBucket)
    {
        var cache = new ThreadCache(this, _classSizes, bytesPerBucket);
        if (_checked)
        {
            // Checked mode keeps every call on the slow path, where the block states are kept.
            cache.Pool = null;
        }

        lock (_gate)
        {
            if (_disposed)
            {
                cache.Release();
                ThrowDisposed();
            }

            _caches.Add(cache);
        }

        (t_holder ??= new ThreadCacheHolder()).Set(Slot, cache);
        t_recentCache = cache;
        return cache;
    }

    /// <summary>Takes a block from the calling thread's cache, refilling it if empty; null if the bucket is exhausted.</summary>
    private void* AllocateFromBucket(int bucket)
    {
        CacheSlot* slot = CurrentCache().Slots + bucket;
        if (slot->Top == slot->Bottom)
        {
            slot->Misses++;
            int want = Math.Max(1, slot->Capacity / 2);
            if (Refill(slot, bucket, want) == 0 && (!ReclaimCachesOfEndedThreads() || Refill(slot, bucket, want) == 0))
            {
                // The bucket is exhausted: the caller serves the request as a large block instead.
                slot->Overflows++;
                return null;
            }
        }
        else
        {
            slot->Hits++;
        }

        void* block = (void*)*--slot->Top;
        if (_checked)
        {
            MarkAllocated(bucket, block);
        }

        return block;
    }

    /// <summary>Moves up to <paramref name="want"/> blocks (more if a popped batch is larger and fits) from the global list, or carves new ones.</summary>
    private int Refill(CacheSlot* slot, int bucket, int want)
    {
        int room = slot->Capacity - slot->Count;
        ref PoolBucket shared = ref _buckets[bucket];
        byte* block = shared.TryPopBatch(out int batchCount);
        int taken;
        if (block != null)
        {
            taken = Math.Min(batchCount, room);
            for (int i = 0; i < taken; i++)
            {
                *slot->Top++ = (nint)block;
                block = shared.NextOf(block);
            }

            if (taken < batchCount)
            {
                shared.PushChain(block, batchCount - taken);
            }
        }
        else
        {
            taken = shared.Carve(Math.Min(want, room), out int firstIndex);
            // Pushed highest first so the lowest address is handed out first.
            for (int i = taken - 1; i >= 0; i--)
            {
                *slot->Top++ = (nint)(shared.Start + (nuint)(firstIndex + i) * (nuint)shared.ClassSize);
            }
        }

        slot->BlocksIn += taken;
        return taken;
    }

    /// <summary>Puts a freed block into the calling thread's cache; a full cache first gives its older half back to the global list in one batch.</summary>
    private void ReturnToCache(int bucket, void* block)
    {
        CacheSlot* slot = CurrentCache().Slots + bucket;
        if (slot->Top == slot->Limit)
        {
            int half = slot->Capacity / 2;
            _buckets[bucket].PushBatch(slot->Bottom, half);
            int keep = slot->Count - half;
            Buffer.MemoryCopy(slot->Bottom + half, slot->Bottom, (long)keep * sizeof(nint), (long)keep * sizeof(nint));
            slot->Top -= half;
            slot->BlocksOut += half;
        }

        *slot->Top++ = (nint)block;
    }
}
