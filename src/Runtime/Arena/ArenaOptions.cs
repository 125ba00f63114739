using System;

namespace ParamArena;

/// <summary>Sizes and limits of an <see cref="Arena"/>. All sizes are in bytes and count native memory, page headers included.</summary>
public sealed class ArenaOptions
{
    /// <summary>The smallest page size accepted.</summary>
    public const int MinPageSize = 256;

    /// <summary>The largest page size (and large-block threshold) accepted: 1 GiB.</summary>
    public const int MaxPageSizeLimit = 1 << 30;

    /// <summary>
    /// The size of the arena's first page, in bytes. Default 4 KiB. The first page is allocated when the
    /// arena is created; when a workload spills past it and then releases everything, the arena replaces
    /// its pages with one first page that fits the workload (up to <see cref="MaxPageSize"/>).
    /// </summary>
    public int FirstPageSize { get; init; } = 4096;

    /// <summary>
    /// The largest size a regular page grows to. Each new page is twice the size of the page before it,
    /// up to this size (a request that needs more gets a page just big enough). Default 64 KiB.
    /// </summary>
    public int MaxPageSize { get; init; } = 64 * 1024;

    /// <summary>
    /// Requests larger than this many bytes that do not fit in the current page get their own native
    /// allocation, freed when their scope ends, instead of a page. Default 16 KiB.
    /// </summary>
    public int LargeBlockThreshold { get; init; } = 16 * 1024;

    /// <summary>
    /// How many bytes of pages beyond the one in use the arena keeps for reuse after a scope ends;
    /// pages past this budget are freed. A workload that repeats within the budget reaches a steady
    /// state that never calls the native allocator. Default 256 KiB.
    /// </summary>
    public long MaxRetainedBytes { get; init; } = 256 * 1024;

    /// <summary>
    /// The most native memory the arena may hold at once (pages, retained pages and large blocks);
    /// <c>null</c> for no limit. A request beyond it throws <see cref="ArenaExhaustedException"/>
    /// (or makes <see cref="Arena.TryAlloc"/> return false). Must be at least <see cref="FirstPageSize"/>.
    /// </summary>
    public long? MaxSize { get; init; }

    /// <summary>
    /// When true, every allocation gets a canary after its end that is verified when its scope ends,
    /// released memory is poisoned, and allocating through a lease that is not the innermost open one
    /// throws. Default: the <c>PARAMARENA_CHECKS</c> environment variable. Free when off.
    /// </summary>
    public bool Checks { get; init; } = RuntimeChecks.EnabledByEnvironment;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first option that is out of range.</summary>
    internal void Validate()
    {
        if (FirstPageSize < MinPageSize || FirstPageSize > MaxPageSizeLimit)
            throw new ArgumentOutOfRangeException(nameof(FirstPageSize), FirstPageSize, $"FirstPageSize must be between {MinPageSize} and {MaxPageSizeLimit} bytes.");
        if (MaxPageSize < MinPageSize || MaxPageSize > MaxPageSizeLimit)
            throw new ArgumentOutOfRangeException(nameof(MaxPageSize), MaxPageSize, $"MaxPageSize must be between {MinPageSize} and {MaxPageSizeLimit} bytes.");
        if (LargeBlockThreshold < 0 || LargeBlockThreshold > MaxPageSizeLimit)
            throw new ArgumentOutOfRangeException(nameof(LargeBlockThreshold), LargeBlockThreshold, $"LargeBlockThreshold must be between 0 and {MaxPageSizeLimit} bytes.");
        if (MaxRetainedBytes < 0)
            throw new ArgumentOutOfRangeException(nameof(MaxRetainedBytes), MaxRetainedBytes, "MaxRetainedBytes cannot be negative.");
        if (MaxSize is long maxSize && maxSize < FirstPageSize)
            throw new ArgumentOutOfRangeException(nameof(MaxSize), maxSize, $"MaxSize must be at least FirstPageSize ({FirstPageSize} bytes).");
    }
}
