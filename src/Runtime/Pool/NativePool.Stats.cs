using System;
using System.Threading;

namespace ParamArena;

public sealed unsafe partial class NativePool
{
    /// <summary>The pool's counters now: bytes in use per bucket, cache hits and misses, large blocks. The same figures feed the <c>ParamArena</c> meter.</summary>
    /// <exception cref="ObjectDisposedException">The pool was disposed.</exception>
    public NativePoolStats GetStats()
    {
        var buckets = new NativePoolBucketStats[_buckets.Length];
        long hits = 0;
        long misses = 0;
        int caches;
        lock (_gate)
        {
            if (_disposed)
            {
                ThrowDisposed();
            }

            caches = _caches.Count;
            for (int bucket = 0; bucket < _buckets.Length; bucket++)
            {
                CacheSlot total = _retired[bucket];
                long cached = 0;
                foreach (ThreadCache cache in _caches)
                {
                    // Other threads update these fields without synchronisation; 64-bit reads are atomic.
                    CacheSlot* slot = cache.Slots + bucket;
                    total.Hits += Volatile.Read(ref slot->Hits);
                    total.Misses += Volatile.Read(ref slot->Misses);
                    total.BlocksIn += Volatile.Read(ref slot->BlocksIn);
                    total.BlocksOut += Volatile.Read(ref slot->BlocksOut);
                    cached += slot->Count;
                }

                hits += total.Hits;
                misses += total.Misses;
                // Every carved block is on the global list, in a cache, or in use.
                long inUse = Math.Max(0, total.BlocksIn - total.BlocksOut - cached);
                ref PoolBucket shared = ref _buckets[bucket];
                buckets[bucket] = new NativePoolBucketStats(bucket, shared.ClassSize, shared.BlockCount, inUse, cached, shared.Carved);
            }
        }

        long largeBlocks;
        long largeBytes;
        lock (_largeGate)
        {
            largeBlocks = _largeBlockCount;
            largeBytes = _largeBlockBytes;
        }

        return new NativePoolStats(buckets, hits, misses, largeBlocks, largeBytes, caches, Interlocked.Read(ref _callbackErrors));
    }

    /// <summary>Blocks on a bucket's global free list. Walks the list: only meaningful while no other thread uses the pool.</summary>
    internal long GlobalFreeBlocks(int bucket) => _buckets[bucket].CountFree();
}
