using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using Silk.NET.Core.Native;
using Silk.NET.Vulkan;

namespace ParamArena.Benchmarks.Marshalling;

/// <summary>
/// (c) A VkInstanceCreateInfo-like graph: application info (2 strings), 2 layer names, 3 extension names,
/// a debug-messenger create info in pNext. Every variant builds the graph from the same managed inputs per call.
/// </summary>
[MemoryDiagnoser]
public unsafe class InstanceCreateInfoBenchmarks
{
    private readonly string _applicationName = "ParamArena benchmark";
    private readonly string _engineName = "No engine";
    private readonly string[] _layers = { "VK_LAYER_KHRONOS_validation", "VK_LAYER_LUNARG_monitor" };
    private readonly string[] _extensions = { "VK_KHR_surface", "VK_KHR_xcb_surface", "VK_EXT_debug_utils" };
    internal const uint ApiVersion = (1u << 22) | (3u << 12);
    internal const DebugUtilsMessageSeverityFlagsEXT Severity = DebugUtilsMessageSeverityFlagsEXT.WarningBitExt | DebugUtilsMessageSeverityFlagsEXT.ErrorBitExt;
    internal const DebugUtilsMessageTypeFlagsEXT Types = DebugUtilsMessageTypeFlagsEXT.GeneralBitExt | DebugUtilsMessageTypeFlagsEXT.ValidationBitExt;

    /// <summary>Calls every variant once and checks that C received the same create-info graph from each.</summary>
    [GlobalSetup]
    public void CheckEveryVariant()
    {
        ulong expected = new BenchDigest()
            .Mix((ulong)StructureType.InstanceCreateInfo)
            .Mix((ulong)StructureType.DebugUtilsMessengerCreateInfoExt).Mix(false).Mix(0ul).Mix((ulong)Severity).Mix((ulong)Types).Mix(false)
            .Mix(0ul)
            .Mix((ulong)StructureType.ApplicationInfo).Mix(false).Mix(_applicationName).Mix(1ul).Mix(_engineName).Mix(0ul).Mix((ulong)ApiVersion)
            .Mix(_layers, (uint)_layers.Length)
            .Mix(_extensions, (uint)_extensions.Length)
            .Value;
        BenchCheck.EveryVariantSends(expected,
            (nameof(HandWritten), HandWritten), (nameof(ArenaMarshal), ArenaMarshal), (nameof(DllImport), DllImport), (nameof(SilkMarshal), SilkMarshal));
    }

    /// <summary>Best hand-written code: strings in one stack buffer, structs and pointer arrays on the stack.</summary>
    [Benchmark(Baseline = true)]
    [SkipLocalsInit]
    public void HandWritten()
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

    /// <summary>The (c) input as shapes, built per call as an application would; inlined, so each caller builds it in place.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static InstanceInfoShape Shape(string applicationName, string engineName, string[] layers, string[] extensions) => new()
    {
        SType = StructureType.InstanceCreateInfo,
        PNext = new DebugMessengerShape { SType = StructureType.DebugUtilsMessengerCreateInfoExt, MessageSeverity = Severity, MessageType = Types },
        ApplicationInfo = new AppInfoShape
        {
            SType = StructureType.ApplicationInfo,
            ApplicationName = applicationName,
            ApplicationVersion = 1,
            EngineName = engineName,
            ApiVersion = ApiVersion,
        },
        EnabledLayerNames = layers,
        EnabledExtensionNames = extensions,
    };

    /// <summary>The generated [ArenaMarshal] stub over [ArenaStruct] shapes.</summary>
    [Benchmark]
    public void ArenaMarshal()
    {
        InstanceInfoShape createInfo = Shape(_applicationName, _engineName, _layers, _extensions);
        BenchNative.ArenaInstance(in createInfo);
    }

    /// <summary>
    /// [DllImport] with runtime marshalling: StructureToPtr for the application info (its strings need the
    /// marshaller), a pointer store for the blittable debug-messenger info, Marshal.* for the string arrays.
    /// </summary>
    [Benchmark]
    public void DllImport()
    {
        MarshalledAppInfo application = new()
        {
            SType = StructureType.ApplicationInfo,
            ApplicationName = _applicationName,
            ApplicationVersion = 1,
            EngineName = _engineName,
            ApiVersion = ApiVersion,
        };
        nint applicationPointer = Marshal.AllocHGlobal(Marshal.SizeOf<MarshalledAppInfo>());
        Marshal.StructureToPtr(application, applicationPointer, fDeleteOld: false);
        DebugUtilsMessengerCreateInfoEXT debug = new() { SType = StructureType.DebugUtilsMessengerCreateInfoExt, MessageSeverity = Severity, MessageType = Types };
        nint debugPointer = Marshal.AllocHGlobal(sizeof(DebugUtilsMessengerCreateInfoEXT));
        *(DebugUtilsMessengerCreateInfoEXT*)debugPointer = debug;
        nint layers = StringArrayToHGlobal(_layers);
        nint extensions = StringArrayToHGlobal(_extensions);
        MarshalledInstanceInfo createInfo = new()
        {
            SType = StructureType.InstanceCreateInfo,
            PNext = debugPointer,
            ApplicationInfo = applicationPointer,
            EnabledLayerCount = (uint)_layers.Length,
            EnabledLayerNames = layers,
            EnabledExtensionCount = (uint)_extensions.Length,
            EnabledExtensionNames = extensions,
        };
        BenchNative.DllImportInstance(ref createInfo);
        FreeStringArray(layers, _layers.Length);
        FreeStringArray(extensions, _extensions.Length);
        Marshal.FreeHGlobal(debugPointer);
        Marshal.DestroyStructure<MarshalledAppInfo>(applicationPointer);
        Marshal.FreeHGlobal(applicationPointer);
    }

    /// <summary>Silk.NET's idiom: SilkMarshal.StringToPtr / StringArrayToPtr, then Free.</summary>
    [Benchmark]
    public void SilkMarshal()
    {
        ApplicationInfo application = new()
        {
            SType = StructureType.ApplicationInfo,
            PApplicationName = (byte*)Silk.NET.Core.Native.SilkMarshal.StringToPtr(_applicationName),
            ApplicationVersion = 1,
            PEngineName = (byte*)Silk.NET.Core.Native.SilkMarshal.StringToPtr(_engineName),
            ApiVersion = ApiVersion,
        };
        DebugUtilsMessengerCreateInfoEXT debug = new() { SType = StructureType.DebugUtilsMessengerCreateInfoExt, MessageSeverity = Severity, MessageType = Types };
        InstanceCreateInfo createInfo = new()
        {
            SType = StructureType.InstanceCreateInfo,
            PNext = &debug,
            PApplicationInfo = &application,
            EnabledLayerCount = (uint)_layers.Length,
            PpEnabledLayerNames = (byte**)Silk.NET.Core.Native.SilkMarshal.StringArrayToPtr(_layers),
            EnabledExtensionCount = (uint)_extensions.Length,
            PpEnabledExtensionNames = (byte**)Silk.NET.Core.Native.SilkMarshal.StringArrayToPtr(_extensions),
        };
        BenchNative.RawInstance(&createInfo);
        Silk.NET.Core.Native.SilkMarshal.Free((nint)createInfo.PpEnabledLayerNames);
        Silk.NET.Core.Native.SilkMarshal.Free((nint)createInfo.PpEnabledExtensionNames);
        Silk.NET.Core.Native.SilkMarshal.Free((nint)application.PApplicationName);
        Silk.NET.Core.Native.SilkMarshal.Free((nint)application.PEngineName);
    }

    internal static nint StringArrayToHGlobal(string[] values)
    {
        nint array = Marshal.AllocHGlobal(values.Length * sizeof(nint));
        for (int i = 0; i < values.Length; i++) ((nint*)array)[i] = Marshal.StringToCoTaskMemUTF8(values[i]);
        return array;
    }

    internal static void FreeStringArray(nint array, int count)
    {
        for (int i = 0; i < count; i++) Marshal.FreeCoTaskMem(((nint*)array)[i]);
        Marshal.FreeHGlobal(array);
    }
}
