using System.Runtime.CompilerServices;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace ParamArena.Benchmarks.Marshalling;

/// <summary>(a) One UTF-8 string to a no-op C function.</summary>
[MemoryDiagnoser]
public unsafe class OneStringBenchmarks
{
    private readonly string _value = "VK_LAYER_KHRONOS_validation";

    /// <summary>Calls every variant once and checks that C received the same string from each.</summary>
    [GlobalSetup]
    public void CheckEveryVariant() => BenchCheck.EveryVariantSends(new BenchDigest().Mix(_value).Value,
        (nameof(HandWritten), HandWritten), (nameof(ArenaMarshal), ArenaMarshal), (nameof(LibraryImport), LibraryImport), (nameof(DllImport), DllImport));

    /// <summary>Best hand-written code: encode into a stack buffer.</summary>
    [Benchmark(Baseline = true)]
    [SkipLocalsInit]
    public void HandWritten()
    {
        string s = _value;
        int capacity = Encoding.UTF8.GetMaxByteCount(s.Length) + 1;
        byte* buffer = stackalloc byte[capacity];
        int offset = 0;
        BenchNative.RawString(Utf8Stack.Put(buffer, capacity, ref offset, s));
    }

    /// <summary>The generated [ArenaMarshal] stub.</summary>
    [Benchmark]
    public void ArenaMarshal() => BenchNative.ArenaString(_value);

    /// <summary>[LibraryImport] with UTF-8 strings.</summary>
    [Benchmark]
    public void LibraryImport() => BenchNative.LibraryImportString(_value);

    /// <summary>[DllImport] with runtime marshalling (LPUTF8Str).</summary>
    [Benchmark]
    public void DllImport() => BenchNative.DllImportString(_value);
}
