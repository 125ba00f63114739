namespace ParamArena;

/// <summary>How a <see cref="NativePool"/> spaces the block sizes of its buckets.</summary>
public enum SizeClassScheme
{
    /// <summary>Bucket <c>i</c> holds blocks of <c>16 * (i + 1)</c> bytes (smmalloc's model): no waste above 16 bytes per block, but the largest class grows only linearly with the bucket count.</summary>
    Linear16 = 0,

    /// <summary>
    /// 16-byte steps up to 128 bytes, then four classes per power of two (160, 192, 224, 256, 320, ...):
    /// fine steps where requests are common, coarse ones for larger blocks, so few buckets reach far
    /// (at most 25% waste above 128 bytes).
    /// </summary>
    Tiered = 1,
}
