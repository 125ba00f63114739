using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices.Marshalling;
using BenchmarkDotNet.Attributes;

namespace ParamArena.Benchmarks.ArenaCases;

/// <summary>
/// The fixed cost of a staged call measured alone (issue 15): renting and releasing the thread's arena scope, with
/// and without one bump, and one short UTF-8 string staged four ways: in the arena, in a stack span
/// (<see cref="ArenaStaging.Utf8(ref ArenaLease, ref Span{byte}, string)"/>), in a lease over a stack buffer
/// (<see cref="ArenaLease.Rent(Span{byte})"/>; both rent the arena only for what does not fit, as stubs do), and by
/// LibraryImport's own marshaller. Each case returns a byte read back so nothing is optimised away.
/// </summary>
[MemoryDiagnoser]
public unsafe class RentReleaseBenchmarks
{
    private readonly string _short = "VK_LAYER_KHRONOS_validation";

    /// <summary>The floor: one stack slot written and read.</summary>
    [Benchmark(Baseline = true, Description = "stackalloc 8 bytes [SkipLocalsInit]")]
    [SkipLocalsInit]
    public nint Stackalloc()
    {
        long* p = stackalloc long[1];
        *p = 1;
        return (nint)(*p);
    }

    /// <summary>Rent and release, nothing allocated.</summary>
    [Benchmark(Description = "Rent + Dispose")]
    public nint RentRelease()
    {
        using var lease = ArenaLease.Rent();
        return 1;
    }

    /// <summary>Rent, one typed bump, release.</summary>
    [Benchmark(Description = "Rent + one 8-byte bump + Dispose")]
    public nint RentBumpRelease()
    {
        using var lease = ArenaLease.Rent();
        long* p = lease.AllocUninitialized<long>();
        *p = 1;
        return (nint)(*p);
    }

    /// <summary>A short string in the arena.</summary>
    [Benchmark(Description = "short UTF-8: Rent + lease.Utf8")]
    public nint LeaseUtf8()
    {
        using var lease = ArenaLease.Rent();
        byte* p = lease.Utf8(_short);
        return p[0];
    }

    /// <summary>A short string in a stack span, as stubs with only UTF-8 strings stage it; the arena is not rented.</summary>
    [Benchmark(Description = "short UTF-8: ArenaStaging.Utf8 into a stack span")]
    [SkipLocalsInit]
    public nint StackSpanUtf8()
    {
        scoped ArenaLease lease = default;
        Span<byte> buffer = stackalloc byte[256];
        try
        {
            byte* p = ArenaStaging.Utf8(ref lease, ref buffer, _short);
            return p[0];
        }
        finally
        {
            lease.Dispose();
        }
    }

    /// <summary>A short string in a lease over a stack buffer, as stubs with shapes or arrays stage it; the arena is not rented.</summary>
    [Benchmark(Description = "short UTF-8: Rent(stackalloc) + lease.Utf8")]
    [SkipLocalsInit]
    public nint StackFirstUtf8()
    {
        using var lease = ArenaLease.Rent(stackalloc byte[256]);
        byte* p = lease.Utf8(_short);
        return p[0];
    }

    /// <summary>What [LibraryImport] does for the same string: its marshaller with a 256-byte stack buffer.</summary>
    [Benchmark(Description = "short UTF-8: Utf8StringMarshaller (LibraryImport)")]
    [SkipLocalsInit]
    public nint LibraryImportMarshaller()
    {
        scoped Utf8StringMarshaller.ManagedToUnmanagedIn marshaller = new();
        marshaller.FromManaged(_short, stackalloc byte[Utf8StringMarshaller.ManagedToUnmanagedIn.BufferSize]);
        byte* p = marshaller.ToUnmanaged();
        nint result = p[0];
        marshaller.Free();
        return result;
    }
}
