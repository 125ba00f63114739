using System;
using System.Buffers;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ParamArena.Benchmarks.Pool;

/// <summary>
/// Random sizes from 16 to 256 bytes, allocated in batches of 64 and then freed, on one thread and on two:
/// <see cref="NativePool"/> against <see cref="NativeMemory"/> (glibc malloc), mimalloc and <see cref="ArrayPool{T}.Shared"/>.
/// Both native allocators are called the way .NET code calls them: a P/Invoke with a GC transition (NativeMemory
/// goes through libSystem.Native's wrapper; mimalloc through an unmanaged function pointer). The pool is managed code
/// and pays no transition; <c>Mimalloc_NoTransition_1Thread</c> shows mimalloc without it, for reference.
/// One operation is one allocation plus its free; on two threads the count covers both threads, so the
/// time per operation is the inverse of the combined throughput. Min and Median are shown because a busy
/// machine inflates some iterations; the ratios compare means.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public unsafe class NativePoolBenchmarks
{
    private const int BatchSize = 64;
    private const int SizesPerThread = 64 * BatchSize;
    // Each invocation replays the sizes this many times: enough work (about a millisecond) that waking the
    // partner thread is noise in the two-thread runs.
    private const int Passes = 32;
    private const int OperationsPerThread = SizesPerThread * Passes;
    private const int Seed = 20_251_123;

    // The two threads' block arrays sit next to each other on the heap; 16 unused entries (128 bytes) at each
    // end keep the entries each thread writes off the other's cache lines.
    private const int Pad = 16;

    private readonly int[][] _sizes = new int[2][];
    private readonly nint[][] _blocks = new nint[2][];
    private readonly byte[]?[][] _arrays = new byte[]?[2][];
    private NativePool _pool = null!;
    private PairedThreadRunner _partner = null!;
    private Action<int> _poolWork = null!;
    private Action<int> _nativeMemoryWork = null!;
    private Action<int> _arrayPoolWork = null!;
    private Action<int> _mimallocWork = null!;
    private delegate* unmanaged<nuint, void*> _miMalloc;
    private delegate* unmanaged<void*, void> _miFree;

    /// <summary>Draws the sizes, creates the pool and starts the partner thread.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(Seed);
        for (int thread = 0; thread < 2; thread++)
        {
            _sizes[thread] = new int[SizesPerThread];
            for (int i = 0; i < SizesPerThread; i++)
            {
                _sizes[thread][i] = random.Next(16, 257);
            }

            _blocks[thread] = new nint[BatchSize + 2 * Pad];
            _arrays[thread] = new byte[]?[BatchSize + 2 * Pad];
        }

        _pool = new NativePool(new NativePoolOptions { BucketCount = 16, BucketBytes = 1 << 20, Checks = false });
        _partner = new PairedThreadRunner();
        _poolWork = PoolKernel;
        _nativeMemoryWork = NativeMemoryKernel;
        _arrayPoolWork = ArrayPoolKernel;
        _mimallocWork = MimallocKernel;
    }

    /// <summary>The common setup, then loads mimalloc (only the mimalloc cases need it installed).</summary>
    [GlobalSetup(Targets = new[] { nameof(Mimalloc_1Thread), nameof(Mimalloc_NoTransition_1Thread), nameof(Mimalloc_2Threads) })]
    public void SetupMimalloc()
    {
        Setup();
        (nint malloc, nint free) = Mimalloc.Load();
        _miMalloc = (delegate* unmanaged<nuint, void*>)malloc;
        _miFree = (delegate* unmanaged<void*, void>)free;
    }

    /// <summary>Stops the partner thread and disposes the pool.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _partner.Dispose();
        _pool.Dispose();
    }

    /// <summary>glibc malloc/free through <see cref="NativeMemory"/>, one thread (the baseline).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = OperationsPerThread)]
    [BenchmarkCategory("1 thread")]
    public void NativeMemory_1Thread() => NativeMemoryKernel(0);

    /// <summary><see cref="NativePool.Malloc"/>/<see cref="NativePool.Free"/>, one thread.</summary>
    [Benchmark(OperationsPerInvoke = OperationsPerThread)]
    [BenchmarkCategory("1 thread")]
    public void NativePool_1Thread() => PoolKernel(0);

    /// <summary>mimalloc's mi_malloc/mi_free through function pointers, one thread.</summary>
    [Benchmark(OperationsPerInvoke = OperationsPerThread)]
    [BenchmarkCategory("1 thread")]
    public void Mimalloc_1Thread() => MimallocKernel(0);

    /// <summary>mimalloc through <c>[SuppressGCTransition]</c> function pointers, one thread: the allocator's own cost.</summary>
    [Benchmark(OperationsPerInvoke = OperationsPerThread)]
    [BenchmarkCategory("1 thread")]
    public void Mimalloc_NoTransition_1Thread() => MimallocNoTransitionKernel(0);

    /// <summary><see cref="ArrayPool{T}.Shared"/> rent/return, one thread.</summary>
    [Benchmark(OperationsPerInvoke = OperationsPerThread)]
    [BenchmarkCategory("1 thread")]
    public void ArrayPool_1Thread() => ArrayPoolKernel(0);

    /// <summary>glibc malloc/free, two threads at once (the baseline).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 2 * OperationsPerThread)]
    [BenchmarkCategory("2 threads")]
    public void NativeMemory_2Threads() => _partner.Run(_nativeMemoryWork);

    /// <summary>The pool, two threads at once.</summary>
    [Benchmark(OperationsPerInvoke = 2 * OperationsPerThread)]
    [BenchmarkCategory("2 threads")]
    public void NativePool_2Threads() => _partner.Run(_poolWork);

    /// <summary>mimalloc, two threads at once.</summary>
    [Benchmark(OperationsPerInvoke = 2 * OperationsPerThread)]
    [BenchmarkCategory("2 threads")]
    public void Mimalloc_2Threads() => _partner.Run(_mimallocWork);

    /// <summary>ArrayPool, two threads at once.</summary>
    [Benchmark(OperationsPerInvoke = 2 * OperationsPerThread)]
    [BenchmarkCategory("2 threads")]
    public void ArrayPool_2Threads() => _partner.Run(_arrayPoolWork);

    private void PoolKernel(int thread)
    {
        NativePool pool = _pool;
        int[] sizes = _sizes[thread];
        nint[] blocks = _blocks[thread];
        for (int start = 0; start < OperationsPerThread; start += BatchSize)
        {
            for (int i = Pad; i < Pad + BatchSize; i++)
            {
                blocks[i] = (nint)pool.Malloc((nuint)sizes[(start + i - Pad) % SizesPerThread]);
            }

            for (int i = Pad; i < Pad + BatchSize; i++)
            {
                pool.Free((void*)blocks[i]);
            }
        }
    }

    private void NativeMemoryKernel(int thread)
    {
        int[] sizes = _sizes[thread];
        nint[] blocks = _blocks[thread];
        for (int start = 0; start < OperationsPerThread; start += BatchSize)
        {
            for (int i = Pad; i < Pad + BatchSize; i++)
            {
                blocks[i] = (nint)NativeMemory.Alloc((nuint)sizes[(start + i - Pad) % SizesPerThread]);
            }

            for (int i = Pad; i < Pad + BatchSize; i++)
            {
                NativeMemory.Free((void*)blocks[i]);
            }
        }
    }

    private void MimallocKernel(int thread)
    {
        delegate* unmanaged<nuint, void*> malloc = _miMalloc;
        delegate* unmanaged<void*, void> free = _miFree;
        int[] sizes = _sizes[thread];
        nint[] blocks = _blocks[thread];
        for (int start = 0; start < OperationsPerThread; start += BatchSize)
        {
            for (int i = Pad; i < Pad + BatchSize; i++)
            {
                blocks[i] = (nint)malloc((nuint)sizes[(start + i - Pad) % SizesPerThread]);
            }

            for (int i = Pad; i < Pad + BatchSize; i++)
            {
                free((void*)blocks[i]);
            }
        }
    }

    private void MimallocNoTransitionKernel(int thread)
    {
        var malloc = (delegate* unmanaged[SuppressGCTransition]<nuint, void*>)_miMalloc;
        var free = (delegate* unmanaged[SuppressGCTransition]<void*, void>)_miFree;
        int[] sizes = _sizes[thread];
        nint[] blocks = _blocks[thread];
        for (int start = 0; start < OperationsPerThread; start += BatchSize)
        {
            for (int i = Pad; i < Pad + BatchSize; i++)
            {
                blocks[i] = (nint)malloc((nuint)sizes[(start + i - Pad) % SizesPerThread]);
            }

            for (int i = Pad; i < Pad + BatchSize; i++)
            {
                free((void*)blocks[i]);
            }
        }
    }

    private void ArrayPoolKernel(int thread)
    {
        ArrayPool<byte> shared = ArrayPool<byte>.Shared;
        int[] sizes = _sizes[thread];
        byte[]?[] arrays = _arrays[thread];
        for (int start = 0; start < OperationsPerThread; start += BatchSize)
        {
            for (int i = Pad; i < Pad + BatchSize; i++)
            {
                arrays[i] = shared.Rent(sizes[(start + i - Pad) % SizesPerThread]);
            }

            for (int i = Pad; i < Pad + BatchSize; i++)
            {
                shared.Return(arrays[i]!);
                arrays[i] = null;
            }
        }
    }
}
