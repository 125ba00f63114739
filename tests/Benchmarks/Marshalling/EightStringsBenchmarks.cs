using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;

namespace ParamArena.Benchmarks.Marshalling;

/// <summary>(b) An array of eight UTF-8 strings (a <c>const char* const*</c> and a count) to a no-op C function.</summary>
[MemoryDiagnoser]
public unsafe class EightStringsBenchmarks
{
    private readonly string[] _items =
    {
        "VK_KHR_surface", "VK_KHR_xcb_surface", "VK_KHR_wayland_surface", "VK_EXT_debug_utils",
        "VK_KHR_get_physical_device_properties2", "VK_KHR_portability_enumeration", "VK_EXT_swapchain_colorspace", "VK_KHR_display",
    };

    /// <summary>Calls every variant once and checks that C received the same strings from each.</summary>
    [GlobalSetup]
    public void CheckEveryVariant() => BenchCheck.EveryVariantSends(new BenchDigest().Mix(_items, (uint)_items.Length).Value,
        (nameof(HandWritten), HandWritten), (nameof(ArenaMarshal), ArenaMarshal), (nameof(LibraryImport), LibraryImport), (nameof(DllImport), DllImport));

    /// <summary>Best hand-written code: all strings in one stack buffer, the pointer array on the stack.</summary>
    [Benchmark(Baseline = true)]
    [SkipLocalsInit]
    public void HandWritten()
    {
        string[] items = _items;
        int capacity = 0;
        foreach (string s in items) capacity += Utf8Stack.MaxSize(s);
        byte* buffer = stackalloc byte[capacity];
        byte** pointers = stackalloc byte*[items.Length];
        int offset = 0;
        for (int i = 0; i < items.Length; i++) pointers[i] = Utf8Stack.Put(buffer, capacity, ref offset, items[i]);
        BenchNative.RawStrings(pointers, items.Length);
    }

    /// <summary>The generated [ArenaMarshal] stub.</summary>
    [Benchmark]
    public void ArenaMarshal() => BenchNative.ArenaStrings(_items);

    /// <summary>[LibraryImport] with a UTF-8 string array.</summary>
    [Benchmark]
    public void LibraryImport() => BenchNative.LibraryImportStrings(_items, _items.Length);

    /// <summary>[DllImport] with runtime marshalling (LPArray of LPUTF8Str).</summary>
    [Benchmark]
    public void DllImport() => BenchNative.DllImportStrings(_items, _items.Length);
}
