using System.Collections.Generic;

namespace ParamArena;

/// <summary>
/// A snapshot of a <see cref="NativePool"/>'s counters, from <see cref="NativePool.GetStats"/>. Exact while no
/// other thread uses the pool; while others do, each figure is a recent value.
/// </summary>
public sealed class NativePoolStats
{
    internal NativePoolStats(IReadOnlyList<NativePoolBucketStats> buckets, long cacheHits, long cacheMisses, long largeBlocks,
        long largeBytes, int threadCaches, long callbackErrors)
    {
        Buckets = buckets;
        CacheHits = cacheHits;
        CacheMisses = cacheMisses;
        LargeBlocks = largeBlocks;
        LargeBytes = largeBytes;
        ThreadCaches = threadCaches;
        CallbackErrors = callbackErrors;
    }

    /// <summary>One entry per bucket, in bucket order.</summary>
    public IReadOnlyList<NativePoolBucketStats> Buckets { get; }

    /// <summary>Allocations served from a thread cache.</summary>
    public long CacheHits { get; }

    /// <summary>Allocations that found the thread cache empty and went to a bucket's global list.</summary>
    public long CacheMisses { get; }

    /// <summary>Live blocks served from <c>NativeMemory</c> (too large for any bucket, or their bucket was exhausted).</summary>
    public long LargeBlocks { get; }

    /// <summary>The usable bytes of the live large blocks.</summary>
    public long LargeBytes { get; }

    /// <summary>Live thread caches.</summary>
    public int ThreadCaches { get; }

    /// <summary>Calls through <see cref="NativePool.GetNativeCallbacks"/> that failed (NULL returned or the block rejected).</summary>
    public long CallbackErrors { get; }

    /// <summary>Bytes in use in all buckets (large blocks excluded).</summary>
    public long BucketBytesInUse
    {
        get
        {
            long total = 0;
            foreach (NativePoolBucketStats bucket in Buckets)
            {
                total += bucket.BytesInUse;
            }

            return total;
        }
    }
}
