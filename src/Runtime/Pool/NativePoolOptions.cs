namespace ParamArena;

/// <summary>Settings for a <see cref="NativePool"/>. The defaults give 16 buckets of 16 to 256 bytes with 1 MiB each.</summary>
public sealed class NativePoolOptions
{
    /// <summary>The number of size classes (buckets). Requests larger than the largest class are served from <c>NativeMemory</c>.</summary>
    public int BucketCount { get; set; } = 16;

    /// <summary>The memory reserved for each bucket's blocks, in bytes. It is reserved up front as one block of address space and touched only as blocks are used.</summary>
    public long BucketBytes { get; set; } = 1 << 20;

    /// <summary>How the buckets' block sizes are spaced.</summary>
    public SizeClassScheme SizeClasses { get; set; } = SizeClassScheme.Linear16;

    /// <summary>
    /// The bytes each automatically created thread cache may hold per bucket (the capacity in blocks is
    /// this divided by the block size, at least 2). <see cref="NativePool.CreateThreadCache"/> chooses its own.
    /// </summary>
    public int ThreadCacheBytesPerBucket { get; set; } = 8 * 1024;

    /// <summary>
    /// Checked mode: double frees and pointers the pool never handed out throw instead of corrupting the pool.
    /// <see langword="null"/> (the default) follows the <c>PARAMARENA_CHECKS</c> environment variable, like the arena.
    /// </summary>
    public bool? Checks { get; set; }

    /// <summary>The name reported as the <c>pool</c> tag of the pool's metrics; <see langword="null"/> gives <c>NativePool#n</c>.</summary>
    public string? Name { get; set; }
}
