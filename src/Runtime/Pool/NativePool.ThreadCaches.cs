using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

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
    private readonly CacheBucket[] _retired;

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

        for (int bucket = 0; bucket < cache.Buckets.Length; bucket++)
        {
            ref CacheBucket cached = ref cache.Buckets[bucket];
            int target = warmup == CacheWarmup.Hot ? cached.Items.Length : cached.Items.Length / 2;
            while (cached.Count < target && Refill(ref cached, bucket, target - cached.Count) > 0)
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

    /// <summary>Pushes a cache's blocks back to the global lists and keeps its counters; safe from a finalizer and after disposal.</summary>
    internal void RetireCache(ThreadCache cache)
    {
        lock (_gate)
        {
            if (_disposed || cache.Retired)
            {
                return;
            }

            cache.Retired = true;
            for (int bucket = 0; bucket < cache.Buckets.Length; bucket++)
            {
                ref CacheBucket cached = ref cache.Buckets[bucket];
                if (cached.Count > 0)
                {
                    fixed (nint* items = cached.Items)
                    {
                        _buckets[bucket].PushBatch(items, cached.Count);
                    }

                    cached.Count = 0;
                }

                ref CacheBucket retired = ref _retired[bucket];
                retired.Hits += cached.Hits;
                retired.Misses += cached.Misses;
                retired.Overflows += cached.Overflows;
                retired.Frees += cached.Frees;
            }

            _caches.Remove(cache);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ThreadCache CurrentCache()
    {
        ThreadCache? cache = t_recentCache;
        return cache is not null && cache.Owner == this ? cache : CurrentCacheSlow();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private ThreadCache CurrentCacheSlow()
    {
        ThreadCacheHolder? holder = t_holder;
        if (holder is not null && Slot < holder.Caches.Length && holder.Caches[Slot] is { } cache && cache.Owner == this)
        {
            t_recentCache = cache;
            return cache;
        }

        return AttachNewCache(_defaultCacheBytes);
    }

    private ThreadCache AttachNewCache(int bytesPerBucket)
    {
        var cache = new ThreadCache(this, _classSizes, bytesPerBucket);
        lock (_gate)
        {
            if (_disposed)
            {
                ThrowDisposed();
            }

            _caches.Add(cache);
        }

        (t_holder ??= new ThreadCacheHolder()).Set(Slot, cache);
        t_recentCache = cache;
        return cache;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void* AllocateFromBucket(int bucket)
    {
        ThreadCache cache = CurrentCache();
        ref CacheBucket cached = ref cache.Buckets[bucket];
        int top = cached.Count - 1;
        nint[] items = cached.Items;
        if ((uint)top < (uint)items.Length)
        {
            cached.Count = top;
            cached.Hits++;
            nint block = items[top];
            if (_checked)
            {
                MarkAllocated(bucket, (void*)block);
            }

            return (void*)block;
        }

        return RefillAndAllocate(cache, bucket);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void* RefillAndAllocate(ThreadCache cache, int bucket)
    {
        ref CacheBucket cached = ref cache.Buckets[bucket];
        cached.Misses++;
        if (Refill(ref cached, bucket, Math.Max(1, cached.Items.Length / 2)) == 0)
        {
            // The bucket is exhausted: the caller serves the request as a large block instead.
            cached.Overflows++;
            return null;
        }

        nint block = cached.Items[--cached.Count];
        if (_checked)
        {
            MarkAllocated(bucket, (void*)block);
        }

        return (void*)block;
    }

    /// <summary>Moves up to <paramref name="want"/> blocks (more if a popped batch is larger and fits) from the global list, or carves new ones.</summary>
    private int Refill(ref CacheBucket cached, int bucket, int want)
    {
        nint[] items = cached.Items;
        int room = items.Length - cached.Count;
        ref PoolBucket shared = ref _buckets[bucket];
        byte* block = shared.TryPopBatch(out int batchCount);
        if (block != null)
        {
            int take = Math.Min(batchCount, room);
            for (int i = 0; i < take; i++)
            {
                items[cached.Count++] = (nint)block;
                block = shared.NextOf(block);
            }

            if (take < batchCount)
            {
                shared.PushChain(block, batchCount - take);
            }

            return take;
        }

        int carved = shared.Carve(Math.Min(want, room), out int firstIndex);
        // Pushed highest first so the lowest address is handed out first.
        for (int i = carved - 1; i >= 0; i--)
        {
            items[cached.Count++] = (nint)(shared.Start + (nuint)(firstIndex + i) * (nuint)shared.ClassSize);
        }

        return carved;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ReturnToCache(ThreadCache cache, int bucket, void* block)
    {
        ref CacheBucket cached = ref cache.Buckets[bucket];
        nint[] items = cached.Items;
        int count = cached.Count;
        if ((uint)count >= (uint)items.Length)
        {
            count = Spill(ref cached, bucket);
        }

        items[count] = (nint)block;
        cached.Count = count + 1;
        cached.Frees++;
    }

    /// <summary>A full cache gives its older half back to the global list as one batch (one compare-and-swap).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int Spill(ref CacheBucket cached, int bucket)
    {
        nint[] items = cached.Items;
        int half = items.Length / 2;
        fixed (nint* first = items)
        {
            _buckets[bucket].PushBatch(first, half);
        }

        Array.Copy(items, half, items, 0, cached.Count - half);
        cached.Count -= half;
        return cached.Count;
    }
}
