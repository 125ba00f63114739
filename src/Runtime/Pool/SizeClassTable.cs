using System;
using System.Collections.Generic;

namespace ParamArena;

/// <summary>The block size of every bucket and a table from a request size to its bucket, built once per pool.</summary>
internal sealed class SizeClassTable
{
    /// <summary>The largest class a pool may have: it bounds the lookup table (one entry per 16 bytes).</summary>
    public const int MaxClassSize = 1 << 20;

    /// <summary>The most buckets a pool may have.</summary>
    public const int MaxBucketCount = 4096;

    private SizeClassTable(int[] classSizes, ushort[] bucketBySixteenths)
    {
        ClassSizes = classSizes;
        BucketBySixteenths = bucketBySixteenths;
    }

    /// <summary>The block size of each bucket, ascending, all multiples of 16.</summary>
    public int[] ClassSizes { get; }

    /// <summary>Entry <c>(size + 15) / 16</c> is the smallest bucket whose blocks hold <c>size</c> bytes.</summary>
    public ushort[] BucketBySixteenths { get; }

    /// <summary>The largest block size.</summary>
    public int LargestClassSize => ClassSizes[ClassSizes.Length - 1];

    /// <summary>Builds the classes of a scheme, or throws <see cref="ArgumentOutOfRangeException"/> when they would exceed the limits.</summary>
    public static SizeClassTable Create(SizeClassScheme scheme, int bucketCount)
    {
        if (bucketCount < 1 || bucketCount > MaxBucketCount)
        {
            throw new ArgumentOutOfRangeException(nameof(bucketCount), bucketCount, $"A pool has between 1 and {MaxBucketCount} buckets.");
        }

        int[] sizes = scheme switch
        {
            SizeClassScheme.Linear16 => LinearSizes(bucketCount),
            SizeClassScheme.Tiered => TieredSizes(bucketCount),
            _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Unknown size-class scheme."),
        };

        var lookup = new ushort[sizes[sizes.Length - 1] / 16 + 1];
        int bucket = 0;
        for (int i = 0; i < lookup.Length; i++)
        {
            while (sizes[bucket] < i * 16)
            {
                bucket++;
            }

            lookup[i] = (ushort)bucket;
        }

        return new SizeClassTable(sizes, lookup);
    }

    private static int[] LinearSizes(int bucketCount)
    {
        var sizes = new int[bucketCount];
        for (int i = 0; i < bucketCount; i++)
        {
            sizes[i] = 16 * (i + 1);
        }

        return sizes;
    }

    private static int[] TieredSizes(int bucketCount)
    {
        var sizes = new List<int>(bucketCount);
        for (int size = 16; size <= 128 && sizes.Count < bucketCount; size += 16)
        {
            sizes.Add(size);
        }

        // Above 128 bytes each power-of-two range gets four classes: a block wastes at most a quarter of itself.
        for (long rangeStart = 128; sizes.Count < bucketCount; rangeStart *= 2)
        {
            long step = rangeStart / 4;
            for (int k = 1; k <= 4 && sizes.Count < bucketCount; k++)
            {
                long size = rangeStart + k * step;
                if (size > MaxClassSize)
                {
                    throw new ArgumentOutOfRangeException(nameof(bucketCount), bucketCount,
                        $"With tiered size classes, {bucketCount} buckets would make blocks larger than {MaxClassSize} bytes.");
                }

                sizes.Add((int)size);
            }
        }

        return sizes.ToArray();
    }
}
