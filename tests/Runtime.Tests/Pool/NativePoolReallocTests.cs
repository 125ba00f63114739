using System;
using Xunit;

namespace ParamArena.Tests.Pool;

/// <summary>Realloc: in place while the bucket fits, moving with the contents otherwise, across large blocks.</summary>
public sealed unsafe class NativePoolReallocTests
{
    [Fact]
    public void Realloc_StaysInPlaceWhileTheBucketFits()
    {
        using var pool = new NativePool(16, 64 * 1024);
        void* block = pool.Malloc(40); // the 48-byte class
        Assert.True(pool.Realloc(block, 48) == block);
        Assert.True(pool.Realloc(block, 1) == block);
        pool.Free(block);
    }

    [Fact]
    public void Realloc_MovesToALargerBucket_KeepingTheBytes()
    {
        using var pool = new NativePool(16, 64 * 1024);
        byte* block = (byte*)pool.Malloc(32);
        for (int i = 0; i < 32; i++)
        {
            block[i] = (byte)(i + 1);
        }

        byte* moved = (byte*)pool.Realloc(block, 200);
        Assert.True(moved != block);
        Assert.Equal(12, pool.Bucket(moved));
        for (int i = 0; i < 32; i++)
        {
            Assert.Equal((byte)(i + 1), moved[i]);
        }

        Assert.Equal(208, pool.GetStats().BucketBytesInUse); // the old 32-byte block was freed
        pool.Free(moved);
    }

    [Fact]
    public void Realloc_GrowsIntoALargeBlockAndBack()
    {
        using var pool = new NativePool(16, 64 * 1024);
        byte* block = (byte*)pool.Malloc(100);
        new Span<byte>(block, 100).Fill(7);
        byte* large = (byte*)pool.Realloc(block, 10_000);
        Assert.Equal(-1, pool.Bucket(large));
        Assert.True(new Span<byte>(large, 100).IndexOfAnyExcept((byte)7) < 0);
        Assert.True(pool.Realloc(large, 9_000) == large); // still a large request: in place

        byte* back = (byte*)pool.Realloc(large, 64);
        Assert.Equal(3, pool.Bucket(back));
        Assert.True(new Span<byte>(back, 64).IndexOfAnyExcept((byte)7) < 0);
        Assert.Equal(0, pool.GetStats().LargeBlocks);
        pool.Free(back);
    }

    [Fact]
    public void Realloc_OfNull_Allocates()
    {
        using var pool = new NativePool(4, 4096);
        void* block = pool.Realloc(null, 24);
        Assert.Equal(1, pool.Bucket(block));
        pool.Free(block);
    }

    [Fact]
    public void Realloc_MovesWhenTheBlockIsNotAlignedEnough()
    {
        using var pool = new NativePool(16, 64 * 1024);
        void* first = pool.Malloc(16);
        void* second = pool.Malloc(16);
        // Two neighbours of a 16-byte class: at most one of them is 32-byte aligned.
        void* misaligned = (nuint)first % 32 != 0 ? first : second;
        void* moved = pool.Realloc(misaligned, 16, 32);
        Assert.True(moved != misaligned);
        Assert.Equal((nuint)0, (nuint)moved % 32);
        pool.Free(moved);
        pool.Free(misaligned == first ? second : first);
    }
}
