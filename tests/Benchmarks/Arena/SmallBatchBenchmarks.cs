using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;

namespace ParamArena.Benchmarks.ArenaCases;

/// <summary>
/// cgoparam's SmallBatch: take 1, 10, 100 and 1000 bytes for one call, write to each, release them all.
/// Every case does the same writes and returns the same kind of checksum so none can be optimised away.
/// </summary>
[MemoryDiagnoser]
public unsafe class SmallBatchBenchmarks
{
    [Benchmark(Baseline = true, Description = "NativeMemory.Alloc/Free")]
    public nint NativeMemoryAllocFree()
    {
        byte* a = (byte*)NativeMemory.Alloc(1);
        byte* b = (byte*)NativeMemory.Alloc(10);
        byte* c = (byte*)NativeMemory.Alloc(100);
        byte* d = (byte*)NativeMemory.Alloc(1000);
        nint sum = Touch(a, b, c, d);
        NativeMemory.Free(d);
        NativeMemory.Free(c);
        NativeMemory.Free(b);
        NativeMemory.Free(a);
        return sum;
    }

    [Benchmark(Description = "stackalloc [SkipLocalsInit]")]
    [SkipLocalsInit]
    public nint StackallocSkipLocalsInit()
    {
        byte* a = stackalloc byte[1];
        byte* b = stackalloc byte[10];
        byte* c = stackalloc byte[100];
        byte* d = stackalloc byte[1000];
        return Touch(a, b, c, d);
    }

    [Benchmark(Description = "ArrayPool<byte>.Shared + fixed")]
    public nint ArrayPoolPinned()
    {
        ArrayPool<byte> pool = ArrayPool<byte>.Shared;
        byte[] a = pool.Rent(1), b = pool.Rent(10), c = pool.Rent(100), d = pool.Rent(1000);
        nint sum;
        fixed (byte* pa = a)
        fixed (byte* pb = b)
        fixed (byte* pc = c)
        fixed (byte* pd = d)
        {
            sum = Touch(pa, pb, pc, pd);
        }
        pool.Return(d);
        pool.Return(c);
        pool.Return(b);
        pool.Return(a);
        return sum;
    }

    [Benchmark(Description = "ParamArena lease")]
    public nint ArenaLeaseBatch()
    {
        using var lease = ArenaLease.Rent();
        byte* a = (byte*)lease.AllocUninitialized(1, 1);
        byte* b = (byte*)lease.AllocUninitialized(10, 1);
        byte* c = (byte*)lease.AllocUninitialized(100, 1);
        byte* d = (byte*)lease.AllocUninitialized(1000, 1);
        return Touch(a, b, c, d);
    }

    /// <summary>The same lease API over a stack buffer (what stubs use): the arena is never rented here.</summary>
    [Benchmark(Description = "ParamArena lease over stackalloc [SkipLocalsInit]")]
    [SkipLocalsInit]
    public nint StackLeaseBatch()
    {
        using var lease = ArenaLease.Rent(stackalloc byte[1280]);
        byte* a = (byte*)lease.AllocUninitialized(1, 1);
        byte* b = (byte*)lease.AllocUninitialized(10, 1);
        byte* c = (byte*)lease.AllocUninitialized(100, 1);
        byte* d = (byte*)lease.AllocUninitialized(1000, 1);
        return Touch(a, b, c, d);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static nint Touch(byte* a, byte* b, byte* c, byte* d)
    {
        a[0] = 1;
        b[9] = 2;
        c[99] = 3;
        d[999] = 4;
        return (nint)a[0] + b[9] + c[99] + d[999];
    }
}
