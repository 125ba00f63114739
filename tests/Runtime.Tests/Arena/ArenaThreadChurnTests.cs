using System;
using System.Threading;
using Xunit;
using Xunit.Abstractions;

namespace ParamArena.Tests.ArenaAllocator;

[CollectionDefinition(nameof(ProcessWideArenaCollection), DisableParallelization = true)]
public sealed class ProcessWideArenaCollection { }

/// <summary>Threads that end leave their arena unreachable; its finalizer must give the native memory back.</summary>
[Collection(nameof(ProcessWideArenaCollection))]
public unsafe class ArenaThreadChurnTests
{
    private readonly ITestOutputHelper _output;

    public ArenaThreadChurnTests(ITestOutputHelper output) => _output = output;

    private static long ReservedAfterCollecting()
    {
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        return Arena.ProcessStats.BytesReserved;
    }

    [Fact]
    public void Ten_thousand_short_lived_threads_leave_outstanding_native_bytes_bounded()
    {
        const int ThreadCount = 10_000;
        const int Concurrency = 8;
        // Each thread's arena keeps its first page (4 KiB) and a second page (8 KiB) after the lease;
        // the large block goes back when the lease ends.
        const long PerThreadBytes = 4096 + 8192;
        long baseline = ReservedAfterCollecting();
        long worst = 0;
        int failures = 0;
        for (int started = 0; started < ThreadCount; started += Concurrency)
        {
            var batch = new Thread[Concurrency];
            for (int i = 0; i < Concurrency; i++)
            {
                batch[i] = new Thread(() =>
                {
                    using var lease = ArenaLease.Rent();
                    byte* small = (byte*)lease.Alloc(1000, 8);
                    byte* spill = (byte*)lease.AllocUninitialized(6000, 8);
                    byte* large = (byte*)lease.AllocUninitialized(20_000, 8);
                    small[999] = spill[5999] = large[19_999] = 1;
                    if (Arena.ForCurrentThread.Stats.BytesReserved < PerThreadBytes + 20_000) Interlocked.Increment(ref failures);
                });
                batch[i].Start();
            }
            foreach (Thread thread in batch) thread.Join();
            if (started % 1000 == 0) worst = Math.Max(worst, ReservedAfterCollecting() - baseline);
        }
        long outstanding = ReservedAfterCollecting() - baseline;
        _output.WriteLine($"baseline {baseline} B, worst during churn {worst} B, outstanding after {outstanding} B; without reclamation it would be about {ThreadCount * PerThreadBytes} B");
        Assert.Equal(0, failures);
        // Reclaimed: a few dozen arenas' worth at most, never the thousands the churn created.
        Assert.InRange(outstanding, long.MinValue, 64 * PerThreadBytes);
        Assert.InRange(worst, long.MinValue, 64 * PerThreadBytes);
    }

    [Fact]
    public void New_thread_arenas_use_ThreadArenaOptions()
    {
        ArenaOptions previous = Arena.ThreadArenaOptions;
        var options = new ArenaOptions { FirstPageSize = 8192, Checks = false };
        try
        {
            Arena.ThreadArenaOptions = options;
            ArenaOptions? seen = null;
            long reserved = 0;
            var thread = new Thread(() =>
            {
                seen = Arena.ForCurrentThread.Options;
                reserved = Arena.ForCurrentThread.Stats.BytesReserved;
            });
            thread.Start();
            thread.Join();
            Assert.Same(options, seen);
            Assert.Equal(8192, reserved);
            Assert.Throws<ArgumentOutOfRangeException>(() => Arena.ThreadArenaOptions = new ArenaOptions { FirstPageSize = 1 });
        }
        finally
        {
            Arena.ThreadArenaOptions = previous;
        }
    }

    [Fact]
    public void An_explicit_arena_nobody_disposed_is_reclaimed_by_its_finalizer()
    {
        long baseline = ReservedAfterCollecting();
        Abandon();
        Assert.InRange(ReservedAfterCollecting() - baseline, long.MinValue, 4096);

        static void Abandon()
        {
            for (int i = 0; i < 100; i++)
            {
                var arena = new Arena(new ArenaOptions { FirstPageSize = 64 * 1024 });
                arena.AllocUninitialized(100_000, 8);
            }
        }
    }
}
