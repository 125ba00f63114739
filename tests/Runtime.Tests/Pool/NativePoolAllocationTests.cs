using System;
using System.Collections.Generic;
using Xunit;

namespace ParamArena.Tests.Pool;

/// <summary>Malloc, Free, Size, Bucket, zero-byte and aligned requests, size classes and construction.</summary>
public sealed unsafe class NativePoolAllocationTests
{
    [Fact]
    public void Malloc_ReturnsWritableBlocksOfTheSmallestFittingLinearClass()
    {
        using var pool = new NativePool(16, 64 * 1024);
        var blocks = new List<nint>();
        for (nuint size = 1; size <= 256; size++)
        {
            byte* block = (byte*)pool.Malloc(size);
            Assert.True(block != null);
            Assert.Equal(0, (int)((nuint)block % 16));
            new Span<byte>(block, (int)size).Fill((byte)size);
            int bucket = pool.Bucket(block);
            Assert.Equal((int)((size + 15) / 16) - 1, bucket);
            Assert.Equal((nuint)pool.ClassSize(bucket), pool.Size(block));
            blocks.Add((nint)block);
        }

        // Every block kept its own bytes: no two of them overlap.
        for (int i = 0; i < blocks.Count; i++)
        {
            int size = i + 1;
            Assert.True(new Span<byte>((void*)blocks[i], size).IndexOfAnyExcept((byte)size) < 0);
            pool.Free((void*)blocks[i]);
        }
    }

    [Fact]
    public void Free_FindsTheBucketByAddress_AndTheBlockIsReusedFromTheThreadCache()
    {
        using var pool = new NativePool(8, 4096);
        void* first = pool.Malloc(40);
        pool.Free(first);
        void* second = pool.Malloc(33);
        Assert.True(first == second);
        Assert.Equal(2, pool.Bucket(second));
        pool.Free(second);
    }

    [Fact]
    public void BlocksOfABucket_SitClassSizeApart_WithNoHeader()
    {
        using var pool = new NativePool(16, 64 * 1024);
        byte* first = (byte*)pool.Malloc(48);
        byte* second = (byte*)pool.Malloc(48);
        byte* third = (byte*)pool.Malloc(48);
        Assert.Equal(48, (int)(second - first));
        Assert.Equal(48, (int)(third - second));
        pool.Free(first);
        pool.Free(second);
        pool.Free(third);
    }

    [Fact]
    public void ZeroByteRequest_ReturnsADistinctFreeableBlock()
    {
        using var pool = new NativePool(4, 4096);
        void* a = pool.Malloc(0);
        void* b = pool.Malloc(0);
        Assert.True(a != null && b != null && a != b);
        Assert.Equal(0, pool.Bucket(a));
        Assert.Equal((nuint)16, pool.Size(a));
        pool.Free(a);
        pool.Free(b);
        Assert.Equal(0, pool.GetStats().BucketBytesInUse);
    }

    [Fact]
    public void FreeNull_IsANoOp_AndSizeOfNullIsZero()
    {
        using var pool = new NativePool(4, 4096);
        pool.Free(null);
        Assert.Equal((nuint)0, pool.Size(null));
        Assert.Throws<ArgumentNullException>(() => pool.Bucket(null));
    }

    [Fact]
    public void LargeRequest_IsServedFromNativeMemory_AndWorksWithSizeFreeAndBucket()
    {
        using var pool = new NativePool(4, 4096);
        byte* block = (byte*)pool.Malloc(100_000);
        Assert.Equal(-1, pool.Bucket(block));
        Assert.Equal((nuint)100_000, pool.Size(block));
        Assert.Equal(0, (int)((nuint)block % 16));
        new Span<byte>(block, 100_000).Fill(0xAB);
        NativePoolStats stats = pool.GetStats();
        Assert.Equal(1, stats.LargeBlocks);
        Assert.Equal(100_000, stats.LargeBytes);
        pool.Free(block);
        Assert.Equal(0, pool.GetStats().LargeBlocks);
    }

    [Fact]
    public void ImpossibleRequest_ThrowsOutOfMemory_AndChangesNothing()
    {
        using var pool = new NativePool(4, 4096);
        Assert.Throws<OutOfMemoryException>(() => pool.Malloc(nuint.MaxValue));
        Assert.Throws<OutOfMemoryException>(() => pool.Malloc((nuint)1 << 60));
        NativePoolStats stats = pool.GetStats();
        Assert.Equal(0, stats.LargeBlocks);
        Assert.Equal(0, stats.BucketBytesInUse);
    }

    [Fact]
    public void ExhaustedBucket_FallsBackToLargeBlocks_ThatStillFree()
    {
        // 4096 bytes of 64-byte blocks: 64 blocks, then the bucket is empty.
        using var pool = new NativePool(4, 4096);
        var blocks = new List<nint>();
        for (int i = 0; i < 80; i++)
        {
            blocks.Add((nint)pool.Malloc(64));
        }

        int large = blocks.FindAll(p => pool.Bucket((void*)p) == -1).Count;
        Assert.Equal(16, large);
        Assert.All(blocks, p => Assert.Equal((nuint)64, pool.Size((void*)p)));
        Assert.Equal(64 * 64, pool.GetStats().Buckets[3].BytesInUse);
        foreach (nint p in blocks)
        {
            pool.Free((void*)p);
        }

        NativePoolStats stats = pool.GetStats();
        Assert.Equal(0, stats.LargeBlocks);
        Assert.Equal(0, stats.BucketBytesInUse);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(32)]
    [InlineData(64)]
    [InlineData(256)]
    [InlineData(4096)]
    [InlineData(65536)]
    public void Malloc_HonoursAlignment(int alignment)
    {
        using var pool = new NativePool(64, 64 * 1024);
        var blocks = new List<nint>();
        foreach (nuint size in new nuint[] { 0, 1, 17, 100, 1000, 5000 })
        {
            void* block = pool.Malloc(size, (nuint)alignment);
            Assert.Equal((nuint)0, (nuint)block % (nuint)alignment);
            Assert.True(pool.Size(block) >= size);
            blocks.Add((nint)block);
        }

        foreach (nint block in blocks)
        {
            pool.Free((void*)block);
        }
    }

    [Fact]
    public void AlignedRequest_UsesABucketWhoseClassIsAMultipleOfTheAlignment()
    {
        using var pool = new NativePool(16, 16 * 1024);
        void* block = pool.Malloc(20, 64);
        Assert.Equal(3, pool.Bucket(block));
        pool.Free(block);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(48)]
    public void Malloc_RejectsAnAlignmentThatIsNotAPowerOfTwo(int alignment)
    {
        using var pool = new NativePool(4, 4096);
        var error = Assert.Throws<ArgumentException>(() => pool.Malloc(16, (nuint)alignment));
        Assert.Equal("alignment", error.ParamName);
        Assert.Equal(0, pool.GetStats().BucketBytesInUse);
    }

    [Fact]
    public void TieredClasses_StepBy16ToThe128ThenFourPerPowerOfTwo()
    {
        using var pool = new NativePool(new NativePoolOptions { BucketCount = 20, BucketBytes = 64 * 1024, SizeClasses = SizeClassScheme.Tiered });
        int[] expected = { 16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 640, 768, 896, 1024 };
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], pool.ClassSize(i));
        }

        Assert.Equal(1024, pool.LargestClassSize);
        void* block = pool.Malloc(700);
        Assert.Equal(17, pool.Bucket(block));
        Assert.Equal((nuint)768, pool.Size(block));
        pool.Free(block);
        void* large = pool.Malloc(1025);
        Assert.Equal(-1, pool.Bucket(large));
        pool.Free(large);
    }

    [Fact]
    public void Construction_RejectsBadSettingsWithClearExceptions()
    {
        Assert.Throws<ArgumentNullException>(() => new NativePool(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NativePool(0, 4096));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NativePool(5000, 1 << 20));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NativePool(16, 100)); // smaller than the 256-byte class
        Assert.Throws<ArgumentOutOfRangeException>(() => new NativePool(16, NativePool.MaxBucketBytes + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NativePool(2048, NativePool.MaxBucketBytes)); // 2 TiB of address space
        Assert.Throws<ArgumentOutOfRangeException>(() => new NativePool(new NativePoolOptions { ThreadCacheBytesPerBucket = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NativePool(new NativePoolOptions { SizeClasses = (SizeClassScheme)7 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NativePool(new NativePoolOptions { SizeClasses = SizeClassScheme.Tiered, BucketCount = 200 }));
    }

    [Fact]
    public void Options_AreReflectedByThePool()
    {
        using var pool = new NativePool(new NativePoolOptions { BucketCount = 8, BucketBytes = 8192, Name = "staging", Checks = true });
        Assert.Equal("staging", pool.Name);
        Assert.Equal(8, pool.BucketCount);
        Assert.Equal(8192, pool.BucketBytes);
        Assert.Equal(128, pool.LargestClassSize);
        Assert.True(pool.IsChecked);
        Assert.Throws<ArgumentOutOfRangeException>(() => pool.ClassSize(8));
    }
}
