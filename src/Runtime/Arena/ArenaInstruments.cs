using System.Collections.Generic;
using System.Diagnostics.Metrics;

namespace ParamArena;

/// <summary>
/// The arena's <see cref="System.Diagnostics.Metrics"/> instruments on <see cref="ParamArenaMetrics.Meter"/>.
/// All are observable: they read the process totals when a listener (dotnet-counters) asks, so the
/// allocator never pays for them.
/// </summary>
internal static class ArenaInstruments
{
    private static readonly List<Instrument> s_instruments = Create();

    /// <summary>Creates the instruments once (the first arena calls this).</summary>
    public static void EnsureCreated() => _ = s_instruments.Count;

    private static List<Instrument> Create()
    {
        Meter meter = ParamArenaMetrics.Meter;
        return new List<Instrument>
        {
            meter.CreateObservableUpDownCounter("paramarena.arena.reserved", () => ArenaProcessTotals.ReservedBytes, "By",
                "Native bytes held by arenas: pages in use, pages kept for reuse and large blocks."),
            meter.CreateObservableUpDownCounter("paramarena.arena.in_use", () => Arena.ProcessStats.BytesInUse, "By",
                "Bytes handed out by live arenas and not yet released."),
            meter.CreateObservableUpDownCounter("paramarena.arena.pages", () => ArenaProcessTotals.Pages, "{page}",
                "Pages held by arenas."),
            meter.CreateObservableUpDownCounter("paramarena.arena.large_blocks", () => ArenaProcessTotals.LargeBlocks, "{block}",
                "Large blocks held by arenas."),
            meter.CreateObservableUpDownCounter("paramarena.arena.count", () => ArenaProcessTotals.Arenas, "{arena}",
                "Arenas neither disposed nor finalized."),
            meter.CreateObservableCounter("paramarena.arena.native_allocations", () => ArenaProcessTotals.NativeAllocations, "{call}",
                "Calls arenas made to the native allocator; flat in a steady state."),
            meter.CreateObservableCounter("paramarena.arena.native_frees", () => ArenaProcessTotals.NativeFrees, "{call}",
                "Calls arenas made to free native memory."),
        };
    }
}
