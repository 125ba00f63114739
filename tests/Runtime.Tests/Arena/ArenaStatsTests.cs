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
                Assert.True(during.BytesInUse >= 16_100);
            }
            Assert.Equal(104, arena.Stats.BytesInUse);
        }
        ArenaStats after = arena.Stats;
        Assert.Equal(0, after.BytesInUse);
        Assert.True(after.HighWaterMark >= 16_100, after.ToString());
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

    [Fact]
    public void Process_stats_include_this_arena()
    {
        using var arena = new Arena(new ArenaOptions { FirstPageSize = 64 * 1024 });
        arena.AllocUninitialized(50_000, 8);
        ArenaStats process = Arena.ProcessStats;
        Assert.True(process.BytesReserved >= 64 * 1024);
        Assert.True(process.BytesInUse >= 50_000);
        Assert.True(process.Arenas >= 1);
        Assert.True(process.Pages >= 1);
    }

    [Fact]
    public void Metrics_are_published_on_the_ParamArena_meter()
    {
        using var arena = new Arena();
        arena.AllocUninitialized(1000, 8);
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
        Assert.True(seen["paramarena.arena.reserved"] >= 4096);
        Assert.True(seen["paramarena.arena.in_use"] >= 1000);
        Assert.True(seen["paramarena.arena.pages"] >= 1);
        Assert.True(seen["paramarena.arena.count"] >= 1);
        Assert.True(seen["paramarena.arena.native_allocations"] >= 1);
        Assert.True(seen.ContainsKey("paramarena.arena.large_blocks"));
        Assert.True(seen.ContainsKey("paramarena.arena.native_frees"));
    }
}
