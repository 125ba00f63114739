using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using Xunit;

namespace ParamArena.Tests.ArenaAllocator;

public unsafe class ArenaStatsTests
{
    [Fact]
    public void Stats_track_bytes_in_use_high_water_pages_and_large_blocks()
    {
        using var arena = new Arena(new ArenaOptions { Checks = false, FirstPageSize = 4096, LargeBlockThreshold = 8192 });
        Assert.Equal(new ArenaStats(0, 0, 4096, 1, 0, 1).ToString(), arena.Stats.ToString());
        using (var lease = ArenaLease.Rent(arena))
        {
            lease.AllocUninitialized(100, 8);
            Assert.Equal(104, arena.Stats.BytesInUse); // 100 rounded up to the 8-byte granule
            using (var inner = ArenaLease.Rent(arena))
            {
                inner.AllocUninitialized(3000, 8);
                inner.AllocUninitialized(3000, 8);
                inner.AllocUninitialized(10_000, 8);
                ArenaStats during = arena.Stats;
                Assert.Equal(2, during.Pages);
                Assert.Equal(1, during.LargeBlocks);
                // Pages count from their start to the cursor (100 rounded up to the next 8-byte boundary, 3000 on the
                // first page; 3000 on the second, the rest of the first skipped); a large block counts with its header.
                Assert.Equal(104 + 3000 + 3000 + 10_000 + ArenaLargeBlock.HeaderSize, during.BytesInUse);
            }
            Assert.Equal(104, arena.Stats.BytesInUse);
        }
        ArenaStats after = arena.Stats;
        Assert.Equal(0, after.BytesInUse);
        Assert.Equal(104 + 3000 + 3000 + 10_000 + ArenaLargeBlock.HeaderSize, after.HighWaterMark);
        Assert.Equal(0, after.LargeBlocks);
    }

    [Fact]
    public void High_water_counts_allocations_released_by_the_inlined_path()
    {
        using var arena = new Arena(new ArenaOptions { Checks = false });
        using (var lease = ArenaLease.Rent(arena)) lease.AllocUninitialized(2000, 8);
        using (var lease = ArenaLease.Rent(arena)) lease.AllocUninitialized(500, 8);
        Assert.Equal(2000, arena.Stats.HighWaterMark);
    }
}

/// <summary>
/// Process-wide figures, checked as exact changes caused by one arena. They run alone (no parallel test's
/// arena moves the totals meanwhile), after a collection (no finalizer of an earlier test's arena runs during).
/// </summary>
[Collection(nameof(ProcessWideArenaCollection))]
public unsafe class ArenaProcessStatsTests
{
    private sealed record Totals(long Reserved, long InUse, long Pages, long LargeBlocks, long Arenas, long NativeAllocations, long NativeFrees);

    private static Totals FromProcessStats()
    {
        ArenaStats stats = Arena.ProcessStats;
        return new Totals(stats.BytesReserved, stats.BytesInUse, stats.Pages, stats.LargeBlocks, stats.Arenas, -1, -1);
    }

    private static Totals FromMeter()
    {
        var seen = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ParamArenaMetrics.MeterName && instrument.Name.StartsWith("paramarena.arena.", StringComparison.Ordinal))
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => { lock (seen) seen[instrument.Name] = value; });
        listener.Start();
        listener.RecordObservableInstruments();
        return new Totals(seen["paramarena.arena.reserved"], seen["paramarena.arena.in_use"], seen["paramarena.arena.pages"],
            seen["paramarena.arena.large_blocks"], seen["paramarena.arena.count"], seen["paramarena.arena.native_allocations"],
            seen["paramarena.arena.native_frees"]);
    }

    /// <summary>Runs <paramref name="test"/> again if a collection happened meanwhile: a finalized arena would move the totals.</summary>
    private static void WithoutCollections(Action test)
    {
        for (int attempt = 0; ; attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            int collections = GC.CollectionCount(0);
            test();
            if (GC.CollectionCount(0) == collections) return;
            Assert.True(attempt < 5, "a garbage collection ran during every attempt");
        }
    }

    [Fact]
    public void Process_stats_change_by_exactly_what_one_arena_holds()
    {
        WithoutCollections(() =>
        {
            Totals before = FromProcessStats();
            var arena = new Arena(new ArenaOptions { Checks = false, FirstPageSize = 64 * 1024, LargeBlockThreshold = 32 * 1024 });
            arena.AllocUninitialized(50_000, 8);
            Totals open = FromProcessStats();
            Assert.Equal(before with { Reserved = before.Reserved + 64 * 1024, InUse = before.InUse + 50_000, Pages = before.Pages + 1, Arenas = before.Arenas + 1 }, open);
            arena.Dispose();
            Assert.Equal(before, FromProcessStats());
        });
    }

    [Fact]
    public void Metrics_on_the_ParamArena_meter_change_by_exactly_what_one_arena_holds()
    {
        WithoutCollections(() =>
        {
            Totals before = FromMeter();
            var arena = new Arena(new ArenaOptions { Checks = false, FirstPageSize = 4096, LargeBlockThreshold = 2048 });
            arena.AllocUninitialized(1000, 8);
            arena.AllocUninitialized(10_000, 8); // a large block: its own native allocation, with a header
            Totals open = FromMeter();
            long large = 10_000 + ArenaLargeBlock.HeaderSize;
            Assert.Equal(before with
            {
                Reserved = before.Reserved + 4096 + large, InUse = before.InUse + 1000 + large, Pages = before.Pages + 1,
                LargeBlocks = before.LargeBlocks + 1, Arenas = before.Arenas + 1, NativeAllocations = before.NativeAllocations + 2,
            }, open);
            arena.Dispose();
            Assert.Equal(before with { NativeAllocations = before.NativeAllocations + 2, NativeFrees = before.NativeFrees + 2 }, FromMeter());
        });
    }
}
