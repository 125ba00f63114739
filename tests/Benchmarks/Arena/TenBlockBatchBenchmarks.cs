using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;

namespace ParamArena.Benchmarks.ArenaCases;

/// <summary>
/// cgoparam's MultiPage case, named for what it measures here: ten blocks of 1000 bytes for one call, then
/// release. With default options the arena's first page grows to fit the batch after the first call, so its
/// steady state is ten bumps on one page ("one grown page"). The "4 KiB pages" case keeps pages at 4 KiB
/// (MaxPageSize), so every call really crosses pages: three of them, kept for reuse, never malloc'd again.
/// </summary>
[MemoryDiagnoser]
public unsafe class TenBlockBatchBenchmarks
{
    private const int Blocks = 10;
    private const int BlockSize = 1000;

    [Benchmark(Baseline = true, Description = "NativeMemory.Alloc/Free")]
    public nint NativeMemoryAllocFree()
    {
        byte** blocks = stackalloc byte*[Blocks];
        for (int i = 0; i < Blocks; i++) blocks[i] = (byte*)NativeMemory.Alloc(BlockSize);
        nint sum = Touch(blocks);
        for (int i = Blocks - 1; i >= 0; i--) NativeMemory.Free(blocks[i]);
        return sum;
    }

    [Benchmark(Description = "stackalloc [SkipLocalsInit]")]
    [SkipLocalsInit]
    public nint StackallocSkipLocalsInit()
    {
        byte** blocks = stackalloc byte*[Blocks];
        byte* b0 = stackalloc byte[BlockSize];
        byte* b1 = stackalloc byte[BlockSize];
        byte* b2 = stackalloc byte[BlockSize];
        byte* b3 = stackalloc byte[BlockSize];
        byte* b4 = stackalloc byte[BlockSize];
        byte* b5 = stackalloc byte[BlockSize];
        byte* b6 = stackalloc byte[BlockSize];
        byte* b7 = stackalloc byte[BlockSize];
        byte* b8 = stackalloc byte[BlockSize];
        byte* b9 = stackalloc byte[BlockSize];
        blocks[0] = b0;
        blocks[1] = b1;
        blocks[2] = b2;
        blocks[3] = b3;
        blocks[4] = b4;
        blocks[5] = b5;
        blocks[6] = b6;
        blocks[7] = b7;
        blocks[8] = b8;
        blocks[9] = b9;
        return Touch(blocks);
    }

    [Benchmark(Description = "ArrayPool<byte>.Shared + fixed")]
    public nint ArrayPoolPinned()
    {
        // Pinned with fixed, as SmallBatch does: a GCHandle per block would charge ArrayPool for the pinning style.
        ArrayPool<byte> pool = ArrayPool<byte>.Shared;
        byte[][] arrays = _arrays;
        for (int i = 0; i < Blocks; i++) arrays[i] = pool.Rent(BlockSize);
        byte** blocks = stackalloc byte*[Blocks];
        nint sum;
        fixed (byte* b0 = arrays[0])
        fixed (byte* b1 = arrays[1])
        fixed (byte* b2 = arrays[2])
        fixed (byte* b3 = arrays[3])
        fixed (byte* b4 = arrays[4])
        fixed (byte* b5 = arrays[5])
        fixed (byte* b6 = arrays[6])
        fixed (byte* b7 = arrays[7])
        fixed (byte* b8 = arrays[8])
        fixed (byte* b9 = arrays[9])
        {
            blocks[0] = b0;
            blocks[1] = b1;
            blocks[2] = b2;
            blocks[3] = b3;
            blocks[4] = b4;
            blocks[5] = b5;
            blocks[6] = b6;
            blocks[7] = b7;
            blocks[8] = b8;
            blocks[9] = b9;
            sum = Touch(blocks);
        }
        for (int i = Blocks - 1; i >= 0; i--) pool.Return(arrays[i]);
        return sum;
    }

    private readonly byte[][] _arrays = new byte[Blocks][];

    [Benchmark(Description = "ParamArena lease (one grown page)")]
    public nint ArenaLeaseGrownPage()
    {
        using var lease = ArenaLease.Rent();
        byte** blocks = stackalloc byte*[Blocks];
        for (int i = 0; i < Blocks; i++) blocks[i] = (byte*)lease.AllocUninitialized(BlockSize, 8);
        return Touch(blocks);
    }

    // Pages stay at 4 KiB: four 1000-byte blocks fit on one, so ten take three pages on every call.
    private readonly Arena _smallPages = new(new ArenaOptions { Checks = false, FirstPageSize = 4096, MaxPageSize = 4096 });

    [Benchmark(Description = "ParamArena lease (4 KiB pages: crosses 3 pages)")]
    public nint ArenaLeaseCrossingPages()
    {
        using var lease = ArenaLease.Rent(_smallPages);
        byte** blocks = stackalloc byte*[Blocks];
        for (int i = 0; i < Blocks; i++) blocks[i] = (byte*)lease.AllocUninitialized(BlockSize, 8);
        return Touch(blocks);
    }

    /// <summary>Checks, once per run, that the two arena cases measure what their names say.</summary>
    [GlobalSetup]
    public void CheckWhatTheArenaCasesMeasure()
    {
        for (int i = 0; i < 3; i++) ArenaLeaseCrossingPages();
        if (_smallPages.Stats.Pages != 3 || _smallPages.Stats.BytesInUse != 0)
            throw new System.InvalidOperationException($"the crossing case should hold 3 kept pages, holds {_smallPages.Stats}");

        using var arena = new Arena(new ArenaOptions { Checks = false });
        for (int i = 0; i < 3; i++)
        {
            using var lease = ArenaLease.Rent(arena);
            for (int j = 0; j < Blocks; j++) lease.AllocUninitialized(BlockSize, 8);
        }
        if (arena.Stats.Pages != 1)
            throw new System.InvalidOperationException($"a default arena should have grown to one page for the batch, holds {arena.Stats}");
    }

    [GlobalCleanup]
    public void ReleaseTheSmallPageArena() => _smallPages.Dispose();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static nint Touch(byte** blocks)
    {
        nint sum = 0;
        for (int i = 0; i < Blocks; i++)
        {
            blocks[i][0] = (byte)i;
            blocks[i][BlockSize - 1] = (byte)i;
            sum += blocks[i][0];
        }
        return sum;
    }
}
