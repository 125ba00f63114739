using System.Diagnostics.Metrics;

namespace ParamArena;

/// <summary>
/// The one <see cref="Meter"/> every ParamArena allocator reports through, so
/// <c>dotnet-counters monitor --counters ParamArena</c> shows the arena and the pool together.
/// </summary>
public static class ParamArenaMetrics
{
    /// <summary>The meter's name: <c>ParamArena</c>.</summary>
    public const string MeterName = "ParamArena";

    /// <summary>The shared meter. Allocators add their observable instruments to it once, at type initialization.</summary>
    public static Meter Meter { get; } = new(MeterName);
}
