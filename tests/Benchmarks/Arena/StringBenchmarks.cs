using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace ParamArena.Benchmarks.ArenaCases;

/// <summary>
/// cgoparam's Strings: a string to NUL-terminated UTF-8 for one call, then release. The text is
/// ASCII with one non-ASCII character so no encoder can take an all-ASCII shortcut for the whole string.
/// </summary>
[MemoryDiagnoser]
public unsafe class StringBenchmarks
{
    private string _text = "";

    /// <summary>Characters in the string.</summary>
    [Params(16, 256, 4096)]
    public int Length { get; set; }

    [GlobalSetup]
    public void Setup() => _text = new string('a', Length - 1) + "é";

    [Benchmark(Baseline = true, Description = "Marshal.StringToCoTaskMemUTF8")]
    public nint MarshalCoTaskMem()
    {
        nint native = Marshal.StringToCoTaskMemUTF8(_text);
        nint result = Marshal.ReadByte(native);
        Marshal.FreeCoTaskMem(native);
        return result;
    }

    [Benchmark(Description = "NativeMemory.Alloc + Encoding.UTF8")]
    public nint NativeMemoryEncode()
    {
        string text = _text;
        int max = Encoding.UTF8.GetMaxByteCount(text.Length) + 1;
        byte* native = (byte*)NativeMemory.Alloc((nuint)max);
        int written = Encoding.UTF8.GetBytes(text, new Span<byte>(native, max));
        native[written] = 0;
        nint result = native[0];
        NativeMemory.Free(native);
        return result;
    }

    [Benchmark(Description = "stackalloc [SkipLocalsInit] + Encoding.UTF8")]
    [SkipLocalsInit]
    public nint StackallocEncode()
    {
        string text = _text;
        int max = Encoding.UTF8.GetMaxByteCount(text.Length) + 1;
        byte* native = stackalloc byte[max];
        int written = Encoding.UTF8.GetBytes(text, new Span<byte>(native, max));
        native[written] = 0;
        return native[0];
    }

    [Benchmark(Description = "ArrayPool<byte>.Shared + fixed + Encoding.UTF8")]
    public nint ArrayPoolEncode()
    {
        string text = _text;
        int max = Encoding.UTF8.GetMaxByteCount(text.Length) + 1;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(max);
        nint result;
        fixed (byte* native = buffer)
        {
            int written = Encoding.UTF8.GetBytes(text, buffer);
            native[written] = 0;
            result = native[0];
        }
        ArrayPool<byte>.Shared.Return(buffer);
        return result;
    }

    [Benchmark(Description = "ParamArena lease.Utf8")]
    public nint ArenaUtf8()
    {
        using var lease = ArenaLease.Rent();
        byte* native = lease.Utf8(_text);
        return native[0];
    }
}
