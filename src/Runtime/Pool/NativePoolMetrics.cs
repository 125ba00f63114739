using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;

namespace ParamArena;

/// <summary>
/// The pool's instruments on the shared <see cref="ParamArenaMetrics.Meter"/>, created once. They are
/// observable: nothing is recorded on the allocation path, the callbacks read <see cref="NativePool.GetStats"/>
/// of every live pool when a listener collects. Each measurement carries a <c>pool</c> tag (the pool's name);
/// per-bucket ones also a <c>bucket</c> tag.
/// </summary>
internal static class NativePoolMetrics
{
    /// <summary>Bytes handed out and not freed, per bucket.</summary>
    public const string BytesInUse = "paramarena.pool.bytes_in_use";

    /// <summary>Allocations served from a thread cache.</summary>
    public const string CacheHits = "paramarena.pool.cache_hits";

    /// <summary>Allocations that went past the thread cache to a bucket's global list.</summary>
    public const string CacheMisses = "paramarena.pool.cache_misses";

    /// <summary>Live large blocks (served by <c>NativeMemory</c>).</summary>
    public const string LargeBlocks = "paramarena.pool.large_blocks";

    /// <summary>Bytes in live large blocks.</summary>
    public const string LargeBytes = "paramarena.pool.large_bytes";

    static NativePoolMetrics()
    {
        Meter meter = ParamArenaMetrics.Meter;
        meter.CreateObservableGauge(BytesInUse, ObserveBytesInUse, "By", "Bytes of NativePool blocks in use, per bucket.");
        meter.CreateObservableCounter(CacheHits, () => ObservePerPool(static s => s.CacheHits), "{allocation}", "NativePool allocations served by a thread cache.");
        meter.CreateObservableCounter(CacheMisses, () => ObservePerPool(static s => s.CacheMisses), "{allocation}", "NativePool allocations that missed the thread cache.");
        meter.CreateObservableGauge(LargeBlocks, () => ObservePerPool(static s => s.LargeBlocks), "{block}", "Live NativePool blocks too large for a bucket.");
        meter.CreateObservableGauge(LargeBytes, () => ObservePerPool(static s => s.LargeBytes), "By", "Bytes in live NativePool large blocks.");
    }

    /// <summary>Runs the static constructor once, when the first pool is created.</summary>
    public static void EnsureCreated()
    {
    }

    private static IEnumerable<Measurement<long>> ObserveBytesInUse()
    {
        var measurements = new List<Measurement<long>>();
        foreach ((NativePool pool, NativePoolStats stats) in LiveStats())
        {
            foreach (NativePoolBucketStats bucket in stats.Buckets)
            {
                measurements.Add(new Measurement<long>(bucket.BytesInUse,
                    new KeyValuePair<string, object?>("pool", pool.Name), new KeyValuePair<string, object?>("bucket", bucket.Index)));
            }
        }

        return measurements;
    }

    private static IEnumerable<Measurement<long>> ObservePerPool(Func<NativePoolStats, long> select)
    {
        var measurements = new List<Measurement<long>>();
        foreach ((NativePool pool, NativePoolStats stats) in LiveStats())
        {
            measurements.Add(new Measurement<long>(select(stats), new KeyValuePair<string, object?>("pool", pool.Name)));
        }

        return measurements;
    }

    private static List<(NativePool Pool, NativePoolStats Stats)> LiveStats()
    {
        var result = new List<(NativePool, NativePoolStats)>();
        foreach (NativePool pool in NativePoolRegistry.Snapshot())
        {
            try
            {
                result.Add((pool, pool.GetStats()));
            }
            catch (ObjectDisposedException)
            {
                // Disposed between the snapshot and the read: it has nothing left to report.
            }
        }

        return result;
    }
}
