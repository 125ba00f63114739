namespace ParamArena;

/// <summary>A snapshot of one bucket of a <see cref="NativePool"/>.</summary>
/// <param name="Index">The bucket index.</param>
/// <param name="ClassSize">The block size in bytes.</param>
/// <param name="BlockCount">How many blocks the bucket's memory holds.</param>
/// <param name="BlocksInUse">Blocks handed out and not yet freed.</param>
/// <param name="CachedBlocks">Free blocks sitting in thread caches.</param>
/// <param name="CarvedBlocks">Blocks used at least once (the rest of the bucket has never been touched).</param>
public readonly record struct NativePoolBucketStats(int Index, int ClassSize, int BlockCount, long BlocksInUse, long CachedBlocks, long CarvedBlocks)
{
    /// <summary>Bytes handed out and not yet freed: <see cref="BlocksInUse"/> times <see cref="ClassSize"/>.</summary>
    public long BytesInUse => BlocksInUse * ClassSize;
}
