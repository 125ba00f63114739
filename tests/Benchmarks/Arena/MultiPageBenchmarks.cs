using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;

namespace ParamArena.Benchmarks.ArenaCases;

/// <summary>
/// cgoparam's MultiPage: ten blocks of 1000 bytes for one call (more than the arena's 4 KiB first
/// page), then release. The arena's steady state reuses its kept page and never calls malloc.
/// </summary>
[MemoryDiagnoser]
public unsafe class MultiPageBenchmarks
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

    [Benchmark(Description = "ArrayPool<byte>.Shared + GCHandle pin")]
    public nint ArrayPoolPinned()
    {
        ArrayPool<byte> pool = ArrayPool<byte>.Shared;
        byte** blocks = stackalloc byte*[Blocks];
        GCHandle* handles = stackalloc GCHandle[Blocks];
        byte[][] arrays = _arrays;
        for (int i = 0; i < Blocks; i++)
        {
            arrays[i] = pool.Rent(BlockSize);
            handles[i] = GCHandle.Alloc(arrays[i], GCHandleType.Pinned);
            blocks[i] = (byte*)handles[i].AddrOfPinnedObject();
        }
        nint sum = Touch(blocks);
        for (int i = Blocks - 1; i >= 0; i--)
        {
            handles[i].Free();
            pool.Return(arrays[i]);
        }
        return sum;
    }

    private readonly byte[][] _arrays = new byte[Blocks][];

    [Benchmark(Description = "ParamArena lease")]
    public nint ArenaLeasePages()
    {
        using var lease = ArenaLease.Rent();
        byte** blocks = stackalloc byte*[Blocks];
        for (int i = 0; i < Blocks; i++) blocks[i] = (byte*)lease.AllocUninitialized(BlockSize, 8);
        return Touch(blocks);
    }

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
