using System;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Silk.NET.Vulkan;

namespace ParamArena.Benchmarks.Marshalling;

/// <summary>
/// Issue 15's matrix in one class, so every ratio comes from the same run: each row (a category) is one call shape
/// to a no-op C function, with the best hand-written unsafe code as its baseline, the generated [ArenaMarshal] stub,
/// and [LibraryImport] where it can express the call. Rows: one short and one 1 KB UTF-8 string, one UTF-16 string,
/// two strings + an int + an <c>out int</c>, eight strings, a span, an <c>in</c> shape with one string, and the
/// (c) VkInstanceCreateInfo-like and (d) VkDeviceCreateInfo-like graphs (the same bodies as
/// <see cref="InstanceCreateInfoBenchmarks"/> and <see cref="DeviceCreateInfoBenchmarks"/>).
/// Run: <c>dotnet run -c Release -- --filter '*SmallCallMatrix*' --inProcess</c> on a quiet machine.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public unsafe class SmallCallMatrixBenchmarks
{
    private const string ShortUtf8 = "1 short UTF-8 string";
    private const string LongUtf8 = "2 1 KB UTF-8 string";
    private const string Utf16 = "3 UTF-16 string";
    private const string TwoStrings = "4 two strings + int + out int";
    private const string EightStrings = "5 eight strings";
    private const string SpanRow = "6 span";
    private const string ShapeRow = "7 in shape with one string";
    private const string InstanceGraph = "8 (c) VkInstanceCreateInfo-like";
    private const string DeviceGraph = "9 (d) VkDeviceCreateInfo-like";

    private readonly string _short = "VK_LAYER_KHRONOS_validation";
    private readonly string _long = BuildLong();
    private readonly string _utf16 = "C:\\Users\\Public\\Documents\\settings.ini";
    private readonly string _first = "/usr/share/vulkan/icd.d";
    private readonly string _second = "lvp_icd.x86_64.json";
    private readonly string[] _eight =
    {
        "VK_KHR_surface", "VK_KHR_xcb_surface", "VK_KHR_wayland_surface", "VK_EXT_debug_utils",
        "VK_KHR_get_physical_device_properties2", "VK_KHR_portability_enumeration", "VK_EXT_swapchain_colorspace", "VK_KHR_display",
    };
    private readonly int[] _span = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };
    private readonly string _objectName = "staging buffer";
    private const ulong ObjectHandle = 0x1234_5678;

    // (c)
    private readonly string _applicationName = "ParamArena benchmark";
    private readonly string _engineName = "No engine";
    private readonly string[] _layers = { "VK_LAYER_KHRONOS_validation", "VK_LAYER_LUNARG_monitor" };
    private readonly string[] _extensions = { "VK_KHR_surface", "VK_KHR_xcb_surface", "VK_EXT_debug_utils" };
    private const uint ApiVersion = InstanceCreateInfoBenchmarks.ApiVersion;
    private const DebugUtilsMessageSeverityFlagsEXT Severity = InstanceCreateInfoBenchmarks.Severity;
    private const DebugUtilsMessageTypeFlagsEXT Types = InstanceCreateInfoBenchmarks.Types;

    // (d)
    private readonly float[][] _priorities = { new[] { 1f }, new[] { 1f, 0.5f }, new[] { 0.25f, 0.5f, 0.75f } };
    private QueueInfoShape[] _queues = null!;

    /// <summary>1,024 ASCII characters: a long path, as programs pass to open/stat-like calls.</summary>
    private static string BuildLong()
    {
        var builder = new System.Text.StringBuilder(1024);
        while (builder.Length < 1024) builder.Append("/srv/data/projects/paramarena/");
        builder.Length = 1024;
        return builder.ToString();
    }

    /// <summary>Builds the (d) input graph once, as an application keeps its configuration.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _queues = new QueueInfoShape[_priorities.Length];
        for (int i = 0; i < _queues.Length; i++)
            _queues[i] = new QueueInfoShape { SType = StructureType.DeviceQueueCreateInfo, QueueFamilyIndex = (uint)i, QueuePriorities = _priorities[i] };
    }

    /// <summary>Row 9's variants hand C the same create-info (run by <c>--check</c>, and before row 9 is measured).</summary>
    [GlobalSetup(Targets = new[] { nameof(DeviceGraph_HandWritten), nameof(DeviceGraph_HandWrittenAnyCount), nameof(DeviceGraph_HandWrittenStub), nameof(DeviceGraph_ArenaMarshal) })]
    public void CheckDeviceGraph()
    {
        Setup();
        var expected = new BenchDigest().Mix((ulong)StructureType.DeviceCreateInfo).Mix(false).Mix(0ul).Mix((ulong)_priorities.Length);
        for (int i = 0; i < _priorities.Length; i++)
        {
            expected = expected.Mix((ulong)StructureType.DeviceQueueCreateInfo).Mix(false).Mix(0ul).Mix((ulong)i).Mix((ulong)_priorities[i].Length);
            foreach (float priority in _priorities[i]) expected = expected.Mix(priority);
        }
        expected = expected.Mix(null, 0).Mix(null, 0).Mix(false);
        BenchCheck.EveryVariantSends(expected.Value,
            (nameof(DeviceGraph_HandWritten), DeviceGraph_HandWritten), (nameof(DeviceGraph_HandWrittenAnyCount), DeviceGraph_HandWrittenAnyCount),
            (nameof(DeviceGraph_HandWrittenStub), DeviceGraph_HandWrittenStub), (nameof(DeviceGraph_ArenaMarshal), DeviceGraph_ArenaMarshal));
    }

    // 1: one short UTF-8 string

    /// <summary>Encode into a stack buffer.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(ShortUtf8), SkipLocalsInit]
    public void ShortUtf8_HandWritten()
    {
        string s = _short;
        int capacity = Utf8Stack.MaxSize(s);
        byte* buffer = stackalloc byte[capacity];
        int offset = 0;
        BenchNative.RawString(Utf8Stack.Put(buffer, capacity, ref offset, s));
    }

    /// <summary>The generated stub.</summary>
    [Benchmark, BenchmarkCategory(ShortUtf8)]
    public void ShortUtf8_ArenaMarshal() => BenchNative.ArenaString(_short);

    /// <summary>LibraryImport: up to 256 bytes on the stack.</summary>
    [Benchmark, BenchmarkCategory(ShortUtf8)]
    public void ShortUtf8_LibraryImport() => BenchNative.LibraryImportString(_short);

    // 2: one 1 KB UTF-8 string

    /// <summary>Encode into a stack buffer sized for the worst case.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(LongUtf8), SkipLocalsInit]
    public void LongUtf8_HandWritten()
    {
        string s = _long;
        int capacity = Utf8Stack.MaxSize(s);
        byte* buffer = stackalloc byte[capacity];
        int offset = 0;
        BenchNative.RawString(Utf8Stack.Put(buffer, capacity, ref offset, s));
    }

    /// <summary>The generated stub.</summary>
    [Benchmark, BenchmarkCategory(LongUtf8)]
    public void LongUtf8_ArenaMarshal() => BenchNative.ArenaString(_long);

    /// <summary>LibraryImport: too long for its stack buffer, so NativeMemory.Alloc and Free.</summary>
    [Benchmark, BenchmarkCategory(LongUtf8)]
    public void LongUtf8_LibraryImport() => BenchNative.LibraryImportString(_long);

    // 3: one UTF-16 string

    /// <summary>A .NET string is NUL-terminated UTF-16: pin it.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(Utf16)]
    public void Utf16_HandWritten()
    {
        fixed (char* p = _utf16) BenchNative.RawUtf16(p);
    }

    /// <summary>The generated stub.</summary>
    [Benchmark, BenchmarkCategory(Utf16)]
    public void Utf16_ArenaMarshal() => BenchNative.ArenaUtf16(_utf16);

    /// <summary>LibraryImport pins UTF-16 strings.</summary>
    [Benchmark, BenchmarkCategory(Utf16)]
    public void Utf16_LibraryImport() => BenchNative.LibraryImportUtf16(_utf16);

    // 4: two strings + an int + an out int

    /// <summary>Both strings in one stack buffer; the out value on the stack.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(TwoStrings), SkipLocalsInit]
    public int TwoStrings_HandWritten()
    {
        string a = _first, b = _second;
        int capacity = Utf8Stack.MaxSize(a) + Utf8Stack.MaxSize(b);
        byte* buffer = stackalloc byte[capacity];
        int offset = 0;
        byte* pa = Utf8Stack.Put(buffer, capacity, ref offset, a);
        byte* pb = Utf8Stack.Put(buffer, capacity, ref offset, b);
        int result;
        BenchNative.RawTwoStrings(pa, pb, 7, &result);
        return result;
    }

    /// <summary>The generated stub.</summary>
    [Benchmark, BenchmarkCategory(TwoStrings)]
    public int TwoStrings_ArenaMarshal()
    {
        BenchNative.ArenaTwoStrings(_first, _second, 7, out int result);
        return result;
    }

    /// <summary>LibraryImport.</summary>
    [Benchmark, BenchmarkCategory(TwoStrings)]
    public int TwoStrings_LibraryImport()
    {
        BenchNative.LibraryImportTwoStrings(_first, _second, 7, out int result);
        return result;
    }

    // 5: eight strings

    /// <summary>All strings in one stack buffer, the pointer array on the stack.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(EightStrings), SkipLocalsInit]
    public void EightStrings_HandWritten()
    {
        string[] items = _eight;
        int capacity = 0;
        foreach (string s in items) capacity += Utf8Stack.MaxSize(s);
        byte* buffer = stackalloc byte[capacity];
        byte** pointers = stackalloc byte*[items.Length];
        int offset = 0;
        for (int i = 0; i < items.Length; i++) pointers[i] = Utf8Stack.Put(buffer, capacity, ref offset, items[i]);
        BenchNative.RawStrings(pointers, items.Length);
    }

    /// <summary>The generated stub.</summary>
    [Benchmark, BenchmarkCategory(EightStrings)]
    public void EightStrings_ArenaMarshal() => BenchNative.ArenaStrings(_eight);

    /// <summary>LibraryImport: one allocation for the array and one per string.</summary>
    [Benchmark, BenchmarkCategory(EightStrings)]
    public void EightStrings_LibraryImport() => BenchNative.LibraryImportStrings(_eight, _eight.Length);

    // 6: a span of 16 ints

    /// <summary>Pin it.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(SpanRow)]
    public void Span_HandWritten()
    {
        ReadOnlySpan<int> data = _span;
        fixed (int* p = data) BenchNative.RawSpan(p, data.Length);
    }

    /// <summary>The generated stub (pins).</summary>
    [Benchmark, BenchmarkCategory(SpanRow)]
    public void Span_ArenaMarshal() => BenchNative.ArenaSpan(_span, _span.Length);

    /// <summary>LibraryImport (pins).</summary>
    [Benchmark, BenchmarkCategory(SpanRow)]
    public void Span_LibraryImport() => BenchNative.LibraryImportSpan(_span, _span.Length);

    // 7: an in shape with one string (VkDebugUtilsObjectNameInfoEXT)

    /// <summary>The struct on the stack, its string in a stack buffer.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(ShapeRow), SkipLocalsInit]
    public void Shape_HandWritten()
    {
        string name = _objectName;
        int capacity = Utf8Stack.MaxSize(name);
        byte* buffer = stackalloc byte[capacity];
        int offset = 0;
        DebugUtilsObjectNameInfoEXT info = new()
        {
            SType = StructureType.DebugUtilsObjectNameInfoExt,
            ObjectType = ObjectType.Buffer,
            ObjectHandle = ObjectHandle,
            PObjectName = Utf8Stack.Put(buffer, capacity, ref offset, name),
        };
        BenchNative.RawObjectName(&info);
    }

    /// <summary>The stub's signature written by hand (<see cref="HandWrittenStubs.ObjectName"/>), called with the same shape.</summary>
    [Benchmark, BenchmarkCategory(ShapeRow)]
    public void Shape_HandWrittenStub()
    {
        ObjectNameShape info = new() { SType = StructureType.DebugUtilsObjectNameInfoExt, ObjectType = ObjectType.Buffer, ObjectHandle = ObjectHandle, ObjectName = _objectName };
        HandWrittenStubs.ObjectName(in info);
    }

    /// <summary>The generated stub over an [ArenaStruct] shape.</summary>
    [Benchmark, BenchmarkCategory(ShapeRow)]
    public void Shape_ArenaMarshal()
    {
        ObjectNameShape info = new() { SType = StructureType.DebugUtilsObjectNameInfoExt, ObjectType = ObjectType.Buffer, ObjectHandle = ObjectHandle, ObjectName = _objectName };
        BenchNative.ArenaObjectName(in info);
    }

    // 8: (c) VkInstanceCreateInfo-like graph; the bodies of InstanceCreateInfoBenchmarks

    /// <summary>Strings in one stack buffer, structs and pointer arrays on the stack.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(InstanceGraph), SkipLocalsInit]
    public void InstanceGraph_HandWritten()
    {
        int capacity = Utf8Stack.MaxSize(_applicationName) + Utf8Stack.MaxSize(_engineName);
        foreach (string s in _layers) capacity += Utf8Stack.MaxSize(s);
        foreach (string s in _extensions) capacity += Utf8Stack.MaxSize(s);
        byte* buffer = stackalloc byte[capacity];
        int offset = 0;
        byte** layers = stackalloc byte*[_layers.Length];
        byte** extensions = stackalloc byte*[_extensions.Length];
        for (int i = 0; i < _layers.Length; i++) layers[i] = Utf8Stack.Put(buffer, capacity, ref offset, _layers[i]);
        for (int i = 0; i < _extensions.Length; i++) extensions[i] = Utf8Stack.Put(buffer, capacity, ref offset, _extensions[i]);
        ApplicationInfo application = new()
        {
            SType = StructureType.ApplicationInfo,
            PApplicationName = Utf8Stack.Put(buffer, capacity, ref offset, _applicationName),
            ApplicationVersion = 1,
            PEngineName = Utf8Stack.Put(buffer, capacity, ref offset, _engineName),
            ApiVersion = ApiVersion,
        };
        DebugUtilsMessengerCreateInfoEXT debug = new() { SType = StructureType.DebugUtilsMessengerCreateInfoExt, MessageSeverity = Severity, MessageType = Types };
        InstanceCreateInfo createInfo = new()
        {
            SType = StructureType.InstanceCreateInfo,
            PNext = &debug,
            PApplicationInfo = &application,
            EnabledLayerCount = (uint)_layers.Length,
            PpEnabledLayerNames = layers,
            EnabledExtensionCount = (uint)_extensions.Length,
            PpEnabledExtensionNames = extensions,
        };
        BenchNative.RawInstance(&createInfo);
    }

    /// <summary>Row 8's input: the same shapes as <see cref="InstanceCreateInfoBenchmarks"/>, built per call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private InstanceInfoShape InstanceInfo() => InstanceCreateInfoBenchmarks.Shape(_applicationName, _engineName, _layers, _extensions);

    /// <summary>The stub's signature written by hand (<see cref="HandWrittenStubs.Instance"/>), called with the same shapes.</summary>
    [Benchmark, BenchmarkCategory(InstanceGraph)]
    public void InstanceGraph_HandWrittenStub()
    {
        InstanceInfoShape createInfo = InstanceInfo();
        HandWrittenStubs.Instance(in createInfo);
    }

    /// <summary>The generated stub over [ArenaStruct] shapes, built from the same inputs per call.</summary>
    [Benchmark, BenchmarkCategory(InstanceGraph)]
    public void InstanceGraph_ArenaMarshal()
    {
        InstanceInfoShape createInfo = InstanceInfo();
        BenchNative.ArenaInstance(in createInfo);
    }

    // 9: (d) VkDeviceCreateInfo-like graph; the bodies of DeviceCreateInfoBenchmarks

    /// <summary>Queue infos on the stack, priority arrays pinned.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(DeviceGraph), SkipLocalsInit]
    public void DeviceGraph_HandWritten()
    {
        DeviceQueueCreateInfo* queues = stackalloc DeviceQueueCreateInfo[3];
        fixed (float* p0 = _priorities[0])
        fixed (float* p1 = _priorities[1])
        fixed (float* p2 = _priorities[2])
        {
            queues[0] = new DeviceQueueCreateInfo { SType = StructureType.DeviceQueueCreateInfo, QueueFamilyIndex = 0, QueueCount = (uint)_priorities[0].Length, PQueuePriorities = p0 };
            queues[1] = new DeviceQueueCreateInfo { SType = StructureType.DeviceQueueCreateInfo, QueueFamilyIndex = 1, QueueCount = (uint)_priorities[1].Length, PQueuePriorities = p1 };
            queues[2] = new DeviceQueueCreateInfo { SType = StructureType.DeviceQueueCreateInfo, QueueFamilyIndex = 2, QueueCount = (uint)_priorities[2].Length, PQueuePriorities = p2 };
            DeviceCreateInfo createInfo = new() { SType = StructureType.DeviceCreateInfo, QueueCreateInfoCount = 3, PQueueCreateInfos = queues };
            BenchNative.RawDevice(&createInfo);
        }
    }

    /// <summary>
    /// Hand-written for any number of queues, as a stub must be: queue infos and every priority array copied to the
    /// stack (a variable number of arrays cannot be pinned with <c>fixed</c>).
    /// </summary>
    [Benchmark, BenchmarkCategory(DeviceGraph), SkipLocalsInit]
    public void DeviceGraph_HandWrittenAnyCount()
    {
        QueueInfoShape[] source = _queues;
        int floats = 0;
        foreach (QueueInfoShape queue in source) floats += queue.QueuePriorities?.Length ?? 0;
        DeviceQueueCreateInfo* queues = stackalloc DeviceQueueCreateInfo[source.Length];
        float* priorities = stackalloc float[floats];
        for (int i = 0; i < source.Length; i++)
        {
            float[]? values = source[i].QueuePriorities;
            int count = values?.Length ?? 0;
            for (int j = 0; j < count; j++) priorities[j] = values![j];
            queues[i] = new DeviceQueueCreateInfo { SType = source[i].SType, QueueFamilyIndex = source[i].QueueFamilyIndex, QueueCount = (uint)count, PQueuePriorities = count == 0 ? null : priorities };
            priorities += count;
        }
        DeviceCreateInfo createInfo = new() { SType = StructureType.DeviceCreateInfo, QueueCreateInfoCount = (uint)source.Length, PQueueCreateInfos = queues };
        BenchNative.RawDevice(&createInfo);
    }

    /// <summary>The stub's signature written by hand (<see cref="HandWrittenStubs.Device"/>), called with the same shapes.</summary>
    [Benchmark, BenchmarkCategory(DeviceGraph)]
    public void DeviceGraph_HandWrittenStub()
    {
        DeviceInfoShape createInfo = new() { SType = StructureType.DeviceCreateInfo, QueueCreateInfos = _queues };
        HandWrittenStubs.Device(in createInfo);
    }

    /// <summary>The generated stub over [ArenaStruct] shapes.</summary>
    [Benchmark, BenchmarkCategory(DeviceGraph)]
    public void DeviceGraph_ArenaMarshal()
    {
        DeviceInfoShape createInfo = new() { SType = StructureType.DeviceCreateInfo, QueueCreateInfos = _queues };
        BenchNative.ArenaDevice(in createInfo);
    }
}
