using System;
using System.Runtime.InteropServices;
using Xunit;

namespace ParamArena.Tests.Pool;

/// <summary>Dispose, and checked mode's answers to double frees and pointers the pool never handed out.</summary>
public sealed unsafe class NativePoolLifetimeTests
{
    [Fact]
    public void Dispose_ReleasesEverything_AndLaterCallsThrowObjectDisposed()
    {
        var pool = new NativePool(4, 4096);
        void* small = pool.Malloc(16);
        void* large = pool.Malloc(10_000); // still live: Dispose frees it
        pool.Dispose();
        pool.Dispose(); // twice is fine

        Assert.Throws<ObjectDisposedException>(() => pool.Malloc(16));
        Assert.Throws<ObjectDisposedException>(() => pool.Free(small));
        Assert.Throws<ObjectDisposedException>(() => pool.Free(null));
        Assert.Throws<ObjectDisposedException>(() => pool.Realloc(small, 32));
        Assert.Throws<ObjectDisposedException>(() => pool.Size(large));
        Assert.Throws<ObjectDisposedException>(() => pool.Bucket(small));
        Assert.Throws<ObjectDisposedException>(() => pool.CreateThreadCache(1024));
        Assert.Throws<ObjectDisposedException>(() => pool.DestroyThreadCache());
        Assert.Throws<ObjectDisposedException>(() => pool.GetNativeCallbacks());
        Assert.Throws<ObjectDisposedException>(() => pool.GetStats());
    }

    [Fact]
    public void CheckedMode_FollowsPARAMARENA_CHECKS_UnlessTheOptionsSay()
    {
        // Runs in both passes: off in the normal one, on in the checked one.
        using var byEnvironment = new NativePool(4, 4096);
        using var on = new NativePool(new NativePoolOptions { BucketCount = 4, BucketBytes = 4096, Checks = true });
        using var off = new NativePool(new NativePoolOptions { BucketCount = 4, BucketBytes = 4096, Checks = false });
        Assert.Equal(CheckedPass.Requested, byEnvironment.IsChecked);
        Assert.True(on.IsChecked);
        Assert.False(off.IsChecked);
    }

    [CheckedPassFact]
    public void PARAMARENA_CHECKS_MakesAPoolWhoseOptionsDoNotSayRejectADoubleFree()
    {
        using var pool = new NativePool(new NativePoolOptions { BucketCount = 4, BucketBytes = 4096 });
        void* block = pool.Malloc(32);
        pool.Free(block);
        var error = Assert.Throws<ArgumentException>(() => pool.Free(block));
        Assert.Contains("double free", error.Message);
        Assert.Equal(0, pool.GetStats().BucketBytesInUse);
    }

    [Fact]
    public void CheckedMode_DoubleFreeOfABucketBlock_Throws_AndLeavesThePoolUsable()
    {
        using var pool = Checked();
        void* block = pool.Malloc(32);
        pool.Free(block);
        var error = Assert.Throws<ArgumentException>(() => pool.Free(block));
        Assert.Contains("double free", error.Message);

        void* again = pool.Malloc(32); // the block was cached once, not twice
        void* other = pool.Malloc(32);
        Assert.True(again != other);
        pool.Free(again);
        pool.Free(other);
    }

    [Fact]
    public void CheckedMode_DoubleFreeOfALargeBlock_Throws()
    {
        using var pool = Checked();
        void* block = pool.Malloc(5000);
        pool.Free(block);
        var error = Assert.Throws<ArgumentException>(() => pool.Free(block));
        Assert.Contains("not a live large block", error.Message);
    }

    [Fact]
    public void CheckedMode_PointerNeverHandedOut_Throws()
    {
        using var pool = Checked();
        byte* block = (byte*)pool.Malloc(64);
        var interior = Assert.Throws<ArgumentException>(() => pool.Free(block + 16));
        Assert.Contains("not at the start of one of its blocks", interior.Message);

        var neighbour = Assert.Throws<ArgumentException>(() => pool.Free(block + 64 * 40));
        Assert.Contains("never handed out", neighbour.Message);

        void* foreign = NativeMemory.Alloc(64);
        try
        {
            Assert.Throws<ArgumentException>(() => pool.Free(foreign));
        }
        finally
        {
            NativeMemory.Free(foreign);
        }

        pool.Free(block);
        Assert.Equal(0, pool.GetStats().BucketBytesInUse);
    }

    [Fact]
    public void CheckedMode_SizeAndReallocOfAFreedBlock_Throw()
    {
        using var pool = Checked();
        void* block = pool.Malloc(64);
        pool.Free(block);
        Assert.Throws<ArgumentException>(() => pool.Size(block));
        Assert.Throws<ArgumentException>(() => pool.Realloc(block, 128));
        Assert.Throws<ArgumentException>(() => pool.Bucket(block));
    }

    [Fact]
    public void UncheckedMode_StillRejectsAForeignPointerOutsideTheBuckets()
    {
        using var pool = new NativePool(new NativePoolOptions { BucketCount = 4, BucketBytes = 4096, Checks = false });
        Assert.False(pool.IsChecked);
        // A zeroed buffer has no pool cookie in front of the pointer.
        byte* foreign = (byte*)NativeMemory.AllocZeroed(128);
        try
        {
            Assert.Throws<ArgumentException>(() => pool.Free(foreign + 64));
            Assert.Throws<ArgumentException>(() => pool.Size(foreign + 64));
        }
        finally
        {
            NativeMemory.Free(foreign);
        }
    }

    [Fact]
    public void LargeBlockOfAnotherPool_IsRejected()
    {
        using var first = new NativePool(4, 4096);
        using var second = new NativePool(4, 4096);
        void* block = first.Malloc(10_000);
        Assert.Throws<ArgumentException>(() => second.Free(block));
        first.Free(block);
    }

    private static NativePool Checked() => new(new NativePoolOptions { BucketCount = 16, BucketBytes = 64 * 1024, Checks = true });
}
