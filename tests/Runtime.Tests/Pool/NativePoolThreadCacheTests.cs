using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Xunit;

namespace ParamArena.Tests.Pool;

/// <summary>Per-thread caches: creation, warm-up, spilling half, destruction, thread death, cross-thread frees.</summary>
public sealed unsafe class NativePoolThreadCacheTests
{
    [Fact]
    public void FirstUse_CreatesAColdCache_ThatThenServesHits()
    {
        using var pool = new NativePool(new NativePoolOptions { BucketCount = 4, BucketBytes = 64 * 1024, ThreadCacheBytesPerBucket = 1024 });
        RunOnNewThread(() =>
        {
            void* first = pool.Malloc(16); // miss: refill carves 32 of the 64-block capacity
            NativePoolStats afterMiss = pool.GetStats();
            Assert.Equal(1, afterMiss.ThreadCaches);
            Assert.Equal(1, afterMiss.CacheMisses);
            Assert.Equal(0, afterMiss.CacheHits);
            Assert.Equal(31, afterMiss.Buckets[0].CachedBlocks);

            void* second = pool.Malloc(16);
            Assert.Equal(1, pool.GetStats().CacheHits);
            pool.Free(first);
            pool.Free(second);
            Assert.Equal(32, pool.GetStats().Buckets[0].CachedBlocks);
            pool.DestroyThreadCache();
        });
    }

    [Theory]
    [InlineData(CacheWarmup.Cold, 0)]
    [InlineData(CacheWarmup.Warm, 32)]
    [InlineData(CacheWarmup.Hot, 64)]
    public void CreateThreadCache_FillsEachBucketAsTheWarmupSays(CacheWarmup warmup, int expectedPerBucket)
    {
        using var pool = new NativePool(new NativePoolOptions { BucketCount = 4, BucketBytes = 64 * 1024 });
        RunOnNewThread(() =>
        {
            pool.CreateThreadCache(1024, warmup); // 1024 bytes per bucket: 64 blocks of 16 bytes, 32 of 32, ...
            NativePoolStats stats = pool.GetStats();
            for (int bucket = 0; bucket < 4; bucket++)
            {
                int capacity = 1024 / pool.ClassSize(bucket);
                int expected = expectedPerBucket * capacity / 64;
                Assert.Equal(expected, stats.Buckets[bucket].CachedBlocks);
            }

            void* block = pool.Malloc(16);
            Assert.Equal(warmup == CacheWarmup.Cold ? 0 : 1, pool.GetStats().CacheHits);
            pool.Free(block);
            pool.DestroyThreadCache();
        });
    }

    [Fact]
    public void CreateThreadCache_ReplacesTheThreadsCache_ReturningItsBlocks()
    {
        using var pool = new NativePool(new NativePoolOptions { BucketCount = 2, BucketBytes = 64 * 1024 });
        RunOnNewThread(() =>
        {
            pool.CreateThreadCache(1024, CacheWarmup.Hot);
            pool.CreateThreadCache(256, CacheWarmup.Cold);
            NativePoolStats stats = pool.GetStats();
            Assert.Equal(1, stats.ThreadCaches);
            Assert.Equal(0, stats.Buckets[0].CachedBlocks);
            Assert.Equal(64, pool.GlobalFreeBlocks(0));
            pool.DestroyThreadCache();
        });
    }

    [Fact]
    public void CreateThreadCache_RejectsBadArguments()
    {
        using var pool = new NativePool(2, 4096);
        Assert.Throws<ArgumentOutOfRangeException>(() => pool.CreateThreadCache(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => pool.CreateThreadCache(1024, (CacheWarmup)9));
    }

    [Fact]
    public void FullCache_ReturnsHalfOfItselfToTheGlobalListInOneBatch()
    {
        using var pool = new NativePool(new NativePoolOptions { BucketCount = 1, BucketBytes = 64 * 1024 });
        RunOnNewThread(() =>
        {
            pool.CreateThreadCache(16 * 8); // capacity 8 blocks: refills carve 4 at a time
            var blocks = new List<nint>();
            for (int i = 0; i < 9; i++)
            {
                blocks.Add((nint)pool.Malloc(16));
            }

            pool.CreateThreadCache(16 * 8); // start again from an empty cache; the 3 unused blocks go back
            Assert.Equal(3, pool.GlobalFreeBlocks(0));
            foreach (nint block in blocks.Take(8))
            {
                pool.Free((void*)block);
            }

            Assert.Equal(8, pool.GetStats().Buckets[0].CachedBlocks);
            Assert.Equal(3, pool.GlobalFreeBlocks(0));

            pool.Free((void*)blocks[8]); // the cache is full: 4 go back in one batch, then this one is cached
            Assert.Equal(5, pool.GetStats().Buckets[0].CachedBlocks);
            Assert.Equal(7, pool.GlobalFreeBlocks(0));
            pool.DestroyThreadCache();
            Assert.Equal(12, pool.GlobalFreeBlocks(0));
            Assert.Equal(12, pool.GetStats().Buckets[0].CarvedBlocks);
        });
    }

    [Fact]
    public void DestroyThreadCache_ReturnsTheBlocksToTheGlobalLists()
    {
        using var pool = new NativePool(4, 64 * 1024);
        RunOnNewThread(() =>
        {
            var blocks = Enumerable.Range(0, 10).Select(_ => (nint)pool.Malloc(48)).ToList();
            blocks.ForEach(p => pool.Free((void*)p));
            long cached = pool.GetStats().Buckets[2].CachedBlocks;
            Assert.True(cached >= 10);

            pool.DestroyThreadCache();
            NativePoolStats stats = pool.GetStats();
            Assert.Equal(0, stats.ThreadCaches);
            Assert.Equal(0, stats.Buckets[2].CachedBlocks);
            Assert.Equal(cached, pool.GlobalFreeBlocks(2));
            pool.DestroyThreadCache(); // none left: no-op

            // The counters of the destroyed cache are kept.
            Assert.Equal(10, stats.CacheHits + stats.CacheMisses);
        });
    }

    [Fact]
    public void ThreadEnd_ReturnsItsCacheToTheGlobalLists()
    {
        using var pool = new NativePool(4, 64 * 1024);
        AllocateAndFreeOnAThreadThatEnds(pool, 20);
        Assert.Equal(1, pool.GetStats().ThreadCaches);

        NativePoolStats stats = WaitFor(pool, s => s.ThreadCaches == 0);
        Assert.Equal(0, stats.ThreadCaches);
        Assert.Equal(0, stats.Buckets[1].CachedBlocks);
        Assert.True(pool.GlobalFreeBlocks(1) >= 20);
        Assert.Equal(0, stats.BucketBytesInUse);
    }

    [Fact]
    public void ExhaustedBucket_TakesBackTheCachesOfEndedThreads_BeforeTheFinalizerRuns()
    {
        // One bucket of 256 16-byte blocks; a cache holds up to 256 and refills 128 at a time.
        using var pool = new NativePool(new NativePoolOptions { BucketCount = 1, BucketBytes = 4096, ThreadCacheBytesPerBucket = 4096 });
        var blocks = new List<nint>();
        // No garbage collection, hence no finalizer, until the end: only the pool's own reclaim can help.
        Assert.True(GC.TryStartNoGCRegion(16 * 1024 * 1024));
        try
        {
            AllocateAndFreeOnAThreadThatEnds(pool, 1, 16); // the ended thread keeps 128 carved blocks cached
            RunOnNewThread(() =>
            {
                for (int i = 0; i < 250; i++)
                {
                    blocks.Add((nint)pool.Malloc(16));
                }
            });
        }
        finally
        {
            if (System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }

        Assert.All(blocks, p => Assert.Equal(0, pool.Bucket((void*)p)));
        Assert.Equal(0, pool.GetStats().LargeBlocks);
        blocks.ForEach(p => pool.Free((void*)p));
    }

    [Fact]
    public void ThreadEnd_AfterThePoolWasDisposed_IsHarmless()
    {
        var pool = new NativePool(4, 64 * 1024);
        AllocateAndFreeOnAThreadThatEnds(pool, 20);
        pool.Dispose();
        // The dead thread's cache is finalized now; it must not touch the released memory.
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        using var next = new NativePool(4, 64 * 1024);
        void* block = next.Malloc(20);
        next.Free(block);
    }

    [Fact]
    public void BlockAllocatedOnOneThread_CanBeFreedOnAnother()
    {
        using var pool = new NativePool(4, 64 * 1024);
        var blocks = new nint[100];
        RunOnNewThread(() =>
        {
            for (int i = 0; i < blocks.Length; i++)
            {
                blocks[i] = (nint)pool.Malloc(64);
                *(int*)blocks[i] = i;
            }
        });

        RunOnNewThread(() =>
        {
            for (int i = 0; i < blocks.Length; i++)
            {
                Assert.Equal(i, *(int*)blocks[i]);
                pool.Free((void*)blocks[i]);
            }
        });

        // Nothing is in use, so every block ever carved is in some cache or on the global list, exactly once.
        NativePoolStats stats = pool.GetStats();
        Assert.Equal(0, stats.Buckets[3].BlocksInUse);
        Assert.Equal(stats.Buckets[3].CarvedBlocks, stats.Buckets[3].CachedBlocks + pool.GlobalFreeBlocks(3));
    }

    private static void AllocateAndFreeOnAThreadThatEnds(NativePool pool, int count, nuint size = 32) =>
        RunOnNewThread(() =>
        {
            var blocks = Enumerable.Range(0, count).Select(_ => (nint)pool.Malloc(size)).ToList();
            blocks.ForEach(p => pool.Free((void*)p));
        });

    internal static NativePoolStats WaitFor(NativePool pool, Func<NativePoolStats, bool> condition)
    {
        NativePoolStats stats = pool.GetStats();
        for (int attempt = 0; attempt < 100 && !condition(stats); attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            Thread.Sleep(20);
            stats = pool.GetStats();
        }

        return stats;
    }

    internal static void RunOnNewThread(Action action)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new AggregateException(failure);
        }
    }
}
