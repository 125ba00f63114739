using System;
using ParamArena.Tests.Native;
using Xunit;

namespace ParamArena.Tests.Pool;

/// <summary>C code compiled with gcc at test time borrows and returns buffers through <see cref="NativePool.GetNativeCallbacks"/>.</summary>
public sealed unsafe class NativePoolNativeCallbackTests
{
    private const string Source = "tests/native/pool/pool_borrow.c";

    [Fact]
    public void Callbacks_AreBlittableAndNameThePool()
    {
        using var pool = new NativePool(4, 4096);
        NativePoolCallbacks callbacks = pool.GetNativeCallbacks();
        Assert.Equal(3 * sizeof(nint), sizeof(NativePoolCallbacks));
        Assert.True(callbacks.Context != null);
        Assert.True(callbacks.Get != null);
        Assert.True(callbacks.Put != null);
    }

    [Fact]
    public void CCode_BorrowsAndReturnsBuffersFromSeveralThreads()
    {
        using var pool = new NativePool(new NativePoolOptions { BucketCount = 24, BucketBytes = 256 * 1024, SizeClasses = SizeClassScheme.Tiered });
        NativePoolCallbacks callbacks = pool.GetNativeCallbacks();
        var run = (delegate* unmanaged<NativePoolCallbacks*, int, int, long*, int>)GccLibrary.Export(Library, "pool_borrow_from_threads");

        long borrowed = 0;
        int errors = run(&callbacks, 4, 50_000, &borrowed);

        Assert.Equal(0, errors);
        Assert.True(borrowed > 50_000, $"only {borrowed} blocks were borrowed");
        NativePoolStats stats = pool.GetStats();
        Assert.Equal(0, stats.BucketBytesInUse);
        Assert.Equal(0, stats.LargeBlocks);
        Assert.Equal(0, stats.CallbackErrors);
        Assert.True(stats.CacheHits > 0);
    }

    [Fact]
    public void BlocksCrossBetweenCAndCSharp()
    {
        using var pool = new NativePool(16, 64 * 1024);
        NativePoolCallbacks callbacks = pool.GetNativeCallbacks();
        var borrowOne = (delegate* unmanaged<NativePoolCallbacks*, nuint, byte, byte*>)GccLibrary.Export(Library, "pool_borrow_one");
        var returnOne = (delegate* unmanaged<NativePoolCallbacks*, void*, void>)GccLibrary.Export(Library, "pool_return_one");

        byte* fromC = borrowOne(&callbacks, 100, 0x5A);
        Assert.Equal(6, pool.Bucket(fromC));
        Assert.True(new Span<byte>(fromC, 100).IndexOfAnyExcept((byte)0x5A) < 0);
        pool.Free(fromC);

        void* fromCSharp = pool.Malloc(3000);
        returnOne(&callbacks, fromCSharp);
        Assert.Equal(0, pool.GetStats().LargeBlocks);
        Assert.Equal(0, pool.GetStats().BucketBytesInUse);
    }

    [Fact]
    public void FailuresInsideTheCallbacks_BecomeNullAndACount_NotAnException()
    {
        using var pool = new NativePool(new NativePoolOptions { BucketCount = 4, BucketBytes = 4096, Checks = true });
        NativePoolCallbacks callbacks = pool.GetNativeCallbacks();
        var borrowOne = (delegate* unmanaged<NativePoolCallbacks*, nuint, byte, byte*>)GccLibrary.Export(Library, "pool_borrow_one");
        var returnOne = (delegate* unmanaged<NativePoolCallbacks*, void*, void>)GccLibrary.Export(Library, "pool_return_one");

        byte* block = borrowOne(&callbacks, 16, 1);
        returnOne(&callbacks, block);
        returnOne(&callbacks, block); // a double free from C is rejected and counted
        Assert.Equal(1, pool.GetStats().CallbackErrors);
    }

    [Fact]
    public void AFailingGetFromC_ReturnsNullAndACount_AndTheNextGetWorks()
    {
        // The failure comes from the allocation itself (no block of SIZE_MAX bytes can exist), checked or not.
        using var pool = new NativePool(4, 4096);
        NativePoolCallbacks callbacks = pool.GetNativeCallbacks();
        var borrowOne = (delegate* unmanaged<NativePoolCallbacks*, nuint, byte, byte*>)GccLibrary.Export(Library, "pool_borrow_one");
        var returnOne = (delegate* unmanaged<NativePoolCallbacks*, void*, void>)GccLibrary.Export(Library, "pool_return_one");

        Assert.True(borrowOne(&callbacks, nuint.MaxValue, 1) == null);
        Assert.Equal(1, pool.GetStats().CallbackErrors);

        byte* block = borrowOne(&callbacks, 48, 0x33);
        Assert.True(block != null);
        Assert.True(new Span<byte>(block, 48).IndexOfAnyExcept((byte)0x33) < 0);
        returnOne(&callbacks, block);
        Assert.Equal(1, pool.GetStats().CallbackErrors);
        Assert.Equal(0, pool.GetStats().BucketBytesInUse);
    }

    [Fact]
    public void AForeignPointerPutFromC_IsRejectedAndCounted_EvenUnchecked()
    {
        using var pool = new NativePool(new NativePoolOptions { BucketCount = 4, BucketBytes = 4096, Checks = false });
        NativePoolCallbacks callbacks = pool.GetNativeCallbacks();
        var returnOne = (delegate* unmanaged<NativePoolCallbacks*, void*, void>)GccLibrary.Export(Library, "pool_return_one");

        long notAPoolBlock = 0;
        returnOne(&callbacks, &notAPoolBlock);
        Assert.Equal(1, pool.GetStats().CallbackErrors);
        Assert.Equal(0, notAPoolBlock);
    }

    [Fact]
    public void ContextThatOutlivesItsPool_GetsNullAndPutIsIgnored()
    {
        var pool = new NativePool(4, 4096);
        NativePoolCallbacks callbacks = pool.GetNativeCallbacks();
        pool.Dispose();
        using var successor = new NativePool(4, 4096); // may reuse the registry slot, never the generation

        var borrowOne = (delegate* unmanaged<NativePoolCallbacks*, nuint, byte, byte*>)GccLibrary.Export(Library, "pool_borrow_one");
        var returnOne = (delegate* unmanaged<NativePoolCallbacks*, void*, void>)GccLibrary.Export(Library, "pool_return_one");
        Assert.True(borrowOne(&callbacks, 16, 1) == null);
        void* block = successor.Malloc(16);
        returnOne(&callbacks, block); // the stale context does not free into the successor
        Assert.Equal(16, successor.GetStats().BucketBytesInUse);
        successor.Free(block);
    }

    private static nint Library => GccLibrary.Load(Source);
}
