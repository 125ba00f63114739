using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ParamArena.Tests.ArenaAllocator;
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
            // Nothing in use and no other thread: every block the bucket carved is in this cache.
            NativePoolBucketStats before = pool.GetStats().Buckets[2];
            long cached = before.CachedBlocks;
            Assert.Equal(before.CarvedBlocks, cached);
            Assert.Equal(0, pool.GlobalFreeBlocks(2));

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
        long carved = 0;
        RunOnNewThread(() =>
        {
            var blocks = Enumerable.Range(0, 20).Select(_ => (nint)pool.Malloc(32)).ToList();
            blocks.ForEach(p => pool.Free((void*)p));
            // Counted while the thread is alive: once it ends, a finalizer may return its cache at any moment.
            NativePoolStats alive = pool.GetStats();
            Assert.Equal(1, alive.ThreadCaches);
            Assert.Equal(alive.Buckets[1].CarvedBlocks, alive.Buckets[1].CachedBlocks);
            carved = alive.Buckets[1].CarvedBlocks;
        });

        NativePoolStats stats = WaitFor(pool, s => s.ThreadCaches == 0);
        Assert.Equal(0, stats.ThreadCaches);
        Assert.Equal(0, stats.Buckets[1].CachedBlocks);
        Assert.Equal(carved, stats.Buckets[1].CarvedBlocks);
        Assert.Equal(carved, pool.GlobalFreeBlocks(1));
        Assert.Equal(0, stats.BucketBytesInUse);
    }

    [Fact]
    public void ThreadEnd_AfterThePoolWasDisposed_IsHarmless()
    {
        var pool = new NativePool(4, 64 * 1024);
        WeakReference? holder = null;
        RunOnNewThread(() =>
        {
            var blocks = Enumerable.Range(0, 20).Select(_ => (nint)pool.Malloc(32)).ToList();
            blocks.ForEach(p => pool.Free((void*)p));
            // Tracks the thread's cache holder through finalization: it reads as dead only once its finalizer has run.
            holder = new WeakReference(ThreadCacheHolderField.GetValue(null), trackResurrection: true);
        });
        Assert.NotNull(holder!.Target);
        pool.Dispose();

        // A successor may take the disposed pool's registry slot: the dead thread's cache must not feed it blocks.
        using var next = new NativePool(4, 64 * 1024);
        void* kept = next.Malloc(32);
        NativePoolStats before = next.GetStats();
        long globalBefore = next.GlobalFreeBlocks(1);

        // Join returns before the OS thread has torn down its thread statics; under load that takes a while.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (holder.IsAlive && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            if (holder.IsAlive) Thread.Sleep(10);
        }

        Assert.False(holder.IsAlive, "the ended thread's cache holder was never finalized, so nothing was tested");
        NativePoolStats after = next.GetStats();
        Assert.Equal(before.Buckets[1].CarvedBlocks, after.Buckets[1].CarvedBlocks);
        Assert.Equal(before.Buckets[1].CachedBlocks, after.Buckets[1].CachedBlocks);
        Assert.Equal(globalBefore, next.GlobalFreeBlocks(1));
        Assert.Equal(before.BucketBytesInUse, after.BucketBytesInUse);
        next.Free(kept);
    }

    private static readonly System.Reflection.FieldInfo ThreadCacheHolderField =
        typeof(NativePool).GetField("t_holder", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)
        ?? throw new MissingFieldException(nameof(NativePool), "t_holder");

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

    internal static void AllocateAndFreeOnAThreadThatEnds(NativePool pool, int count, nuint size = 32) =>
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

/// <summary>
/// In the collection that runs alone: a no-GC region is process-wide, and parallel tests allocating or
/// collecting would end it early and let the finalizer do the work this test is about.
/// </summary>
[Collection(nameof(ProcessWideArenaCollection))]
public sealed unsafe class NativePoolEndedThreadReclaimTests
{
    [Fact]
    public void ExhaustedBucket_TakesBackTheCachesOfEndedThreads_BeforeTheFinalizerRuns()
    {
        // One bucket of 256 16-byte blocks; a cache holds up to 256 and refills 128 at a time.
        using var pool = new NativePool(new NativePoolOptions { BucketCount = 1, BucketBytes = 4096, ThreadCacheBytesPerBucket = 4096 });
        var blocks = new List<nint>(250);
        // No garbage collection, hence no finalizer, until the end: only the pool's own reclaim can help.
        Assert.True(GC.TryStartNoGCRegion(16 * 1024 * 1024));
        try
        {
            int collections = GC.CollectionCount(0);
            NativePoolThreadCacheTests.AllocateAndFreeOnAThreadThatEnds(pool, 1, 16); // the ended thread keeps 128 carved blocks cached
            NativePoolThreadCacheTests.RunOnNewThread(() =>
            {
                for (int i = 0; i < 250; i++)
                {
                    blocks.Add((nint)pool.Malloc(16));
                }
            });

            // Had a collection run, the finalizer could have returned the cache: the path under test would be untested.
            Assert.Equal(collections, GC.CollectionCount(0));
            Assert.Equal(System.Runtime.GCLatencyMode.NoGCRegion, System.Runtime.GCSettings.LatencyMode);
            // The first thread's cache was retired by the pool (no finalizer ran); the second's is still counted.
            Assert.Equal(1, pool.GetStats().ThreadCaches);
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
}
