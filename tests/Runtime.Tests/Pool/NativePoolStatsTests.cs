using System.Collections.Generic;
using System.Diagnostics.Metrics;
using Xunit;

namespace ParamArena.Tests.Pool;

/// <summary>Statistics: per-bucket bytes in use, cache hits and misses, large blocks, and the ParamArena meter.</summary>
public sealed unsafe class NativePoolStatsTests
{
    [Fact]
    public void Stats_CountBytesInUsePerBucket_HitsMissesAndLargeBlocks()
    {
        using var pool = new NativePool(new NativePoolOptions { BucketCount = 8, BucketBytes = 64 * 1024, ThreadCacheBytesPerBucket = 512 });
        NativePoolThreadCacheTests.RunOnNewThread(() =>
        {
            void* a = pool.Malloc(10);   // bucket 0, miss
            void* b = pool.Malloc(16);   // bucket 0, hit
            void* c = pool.Malloc(100);  // bucket 6, miss
            void* large = pool.Malloc(3000);

            NativePoolStats stats = pool.GetStats();
            Assert.Equal(32, stats.Buckets[0].BytesInUse);
            Assert.Equal(2, stats.Buckets[0].BlocksInUse);
            Assert.Equal(112, stats.Buckets[6].BytesInUse);
            Assert.Equal(0, stats.Buckets[3].BytesInUse);
            Assert.Equal(144, stats.BucketBytesInUse);
            Assert.Equal(1, stats.CacheHits);
            Assert.Equal(2, stats.CacheMisses);
            Assert.Equal(1, stats.LargeBlocks);
            Assert.Equal(3000, stats.LargeBytes);

            pool.Free(a);
            pool.Free(b);
            pool.Free(c);
            pool.Free(large);
            stats = pool.GetStats();
            Assert.Equal(0, stats.BucketBytesInUse);
            Assert.Equal(0, stats.LargeBlocks);
            pool.DestroyThreadCache();
        });
    }

    [Fact]
    public void Meter_ReportsThePoolsFiguresUnderItsName()
    {
        using var pool = new NativePool(new NativePoolOptions { BucketCount = 4, BucketBytes = 4096, Name = "meter-test-pool" });
        void* block = pool.Malloc(48);
        void* large = pool.Malloc(1000);

        var seen = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ParamArenaMetrics.MeterName && instrument.Name.StartsWith("paramarena.pool.", System.StringComparison.Ordinal))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            string? poolName = null;
            object? bucket = null;
            foreach (KeyValuePair<string, object?> tag in tags)
            {
                if (tag.Key == "pool")
                {
                    poolName = tag.Value as string;
                }
                else if (tag.Key == "bucket")
                {
                    bucket = tag.Value;
                }
            }

            if (poolName == "meter-test-pool")
            {
                seen[bucket is null ? instrument.Name : $"{instrument.Name}[{bucket}]"] = value;
            }
        });
        listener.Start();
        listener.RecordObservableInstruments();

        Assert.Equal(48, seen["paramarena.pool.bytes_in_use[2]"]);
        Assert.Equal(0, seen["paramarena.pool.bytes_in_use[0]"]);
        Assert.Equal(1, seen["paramarena.pool.large_blocks"]);
        Assert.Equal(1000, seen["paramarena.pool.large_bytes"]);
        Assert.Equal(1, seen["paramarena.pool.cache_misses"]);
        Assert.Equal(0, seen["paramarena.pool.cache_hits"]);

        pool.Free(block);
        pool.Free(large);
    }
}
