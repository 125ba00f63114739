namespace ParamArena;

/// <summary>Sizes and limits of an <see cref="Arena"/>.</summary>
public sealed class ArenaOptions
{
    /// <summary>The size of the arena's first page, in bytes. Default 4 KiB.</summary>
    public int FirstPageSize { get; init; } = 4096;

    /// <summary>The largest total size the arena may reach, in bytes; <c>null</c> for no limit.</summary>
    public long? MaxSize { get; init; }

    /// <summary>When true, allocations get canaries and released memory is poisoned. Default: the <c>PARAMARENA_CHECKS</c> environment variable.</summary>
    public bool Checks { get; init; } = RuntimeChecks.EnabledByEnvironment;
}
