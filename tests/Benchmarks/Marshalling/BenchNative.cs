using System.Runtime.InteropServices;
using Silk.NET.Vulkan;

namespace ParamArena.Benchmarks.Marshalling;

/// <summary>The same no-op functions declared every way the benchmarks compare.</summary>
public static unsafe partial class BenchNative
{
    // ParamArena
    [ArenaMarshal(BenchLibrary.Name, EntryPoint = "bench_noop_string")]
    internal static partial void ArenaString(string s);

    [ArenaMarshal(BenchLibrary.Name, EntryPoint = "bench_noop_strings")]
    internal static partial void ArenaStrings([ArenaCountParameter(1)] string[] items);

    [ArenaMarshal(BenchLibrary.Name, EntryPoint = "bench_noop_instance")]
    internal static partial void ArenaInstance(in InstanceInfoShape createInfo);

    [ArenaMarshal(BenchLibrary.Name, EntryPoint = "bench_noop_device")]
    internal static partial void ArenaDevice(in DeviceInfoShape createInfo);

    [ArenaMarshal(BenchLibrary.Name, EntryPoint = "bench_noop_instance_chain")]
    internal static partial void ArenaInstanceChain<TChain>(in TChain createInfo)
        where TChain : struct, IArenaChain<TChain, ChainedInstanceShape>;

    // LibraryImport
    [LibraryImport(BenchLibrary.Name, EntryPoint = "bench_noop_string", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void LibraryImportString(string s);

    [LibraryImport(BenchLibrary.Name, EntryPoint = "bench_noop_strings", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void LibraryImportStrings(string[] items, int count);

    // DllImport with runtime marshalling
    [DllImport(BenchLibrary.Name, EntryPoint = "bench_noop_string")]
    internal static extern void DllImportString([MarshalAs(UnmanagedType.LPUTF8Str)] string s);

    [DllImport(BenchLibrary.Name, EntryPoint = "bench_noop_strings")]
    internal static extern void DllImportStrings([MarshalAs(UnmanagedType.LPArray, ArraySubType = UnmanagedType.LPStr)] string[] items, int count);

    // Raw blittable entry points, for hand-written, DllImport-with-Marshal and SilkMarshal code
    [DllImport(BenchLibrary.Name, EntryPoint = "bench_noop_string", ExactSpelling = true)]
    internal static extern void RawString(byte* s);

    [DllImport(BenchLibrary.Name, EntryPoint = "bench_noop_strings", ExactSpelling = true)]
    internal static extern void RawStrings(byte** items, int count);

    [DllImport(BenchLibrary.Name, EntryPoint = "bench_noop_instance", ExactSpelling = true)]
    internal static extern void RawInstance(InstanceCreateInfo* createInfo);

    [DllImport(BenchLibrary.Name, EntryPoint = "bench_noop_device", ExactSpelling = true)]
    internal static extern void RawDevice(DeviceCreateInfo* createInfo);

    [DllImport(BenchLibrary.Name, EntryPoint = "bench_noop_instance_chain", ExactSpelling = true)]
    internal static extern void RawInstanceChain(InstanceCreateInfo* createInfo);

    /// <summary>DllImport marshalling a struct by ref: what runtime marshalling can express of VkInstanceCreateInfo's top level.</summary>
    [DllImport(BenchLibrary.Name, EntryPoint = "bench_noop_instance")]
    internal static extern void DllImportInstance(ref MarshalledInstanceInfo createInfo);

    /// <summary>DllImport marshalling a struct by ref for VkDeviceCreateInfo.</summary>
    [DllImport(BenchLibrary.Name, EntryPoint = "bench_noop_device")]
    internal static extern void DllImportDevice(ref MarshalledDeviceInfo createInfo);

    // The targets' one-off check of what they receive (see BenchLibrary and BenchCheck)
    [DllImport(BenchLibrary.Name, EntryPoint = "bench_arm", ExactSpelling = true)]
    internal static extern void Arm();

    [DllImport(BenchLibrary.Name, EntryPoint = "bench_recorded", ExactSpelling = true)]
    internal static extern int Recorded();

    [DllImport(BenchLibrary.Name, EntryPoint = "bench_digest", ExactSpelling = true)]
    internal static extern ulong Digest();
}

/// <summary>VkApplicationInfo for runtime marshalling: the runtime converts the strings.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct MarshalledAppInfo
{
    /// <summary>sType.</summary>
    public StructureType SType;

    /// <summary>pNext.</summary>
    public nint PNext;

    /// <summary>pApplicationName.</summary>
    [MarshalAs(UnmanagedType.LPUTF8Str)]
    public string? ApplicationName;

    /// <summary>applicationVersion.</summary>
    public uint ApplicationVersion;

    /// <summary>pEngineName.</summary>
    [MarshalAs(UnmanagedType.LPUTF8Str)]
    public string? EngineName;

    /// <summary>engineVersion.</summary>
    public uint EngineVersion;

    /// <summary>apiVersion.</summary>
    public uint ApiVersion;
}

/// <summary>VkInstanceCreateInfo's top level for runtime marshalling; nested pointers are filled with Marshal.* helpers.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct MarshalledInstanceInfo
{
    /// <summary>sType.</summary>
    public StructureType SType;

    /// <summary>pNext.</summary>
    public nint PNext;

    /// <summary>flags.</summary>
    public uint Flags;

    /// <summary>pApplicationInfo.</summary>
    public nint ApplicationInfo;

    /// <summary>enabledLayerCount.</summary>
    public uint EnabledLayerCount;

    /// <summary>ppEnabledLayerNames.</summary>
    public nint EnabledLayerNames;

    /// <summary>enabledExtensionCount.</summary>
    public uint EnabledExtensionCount;

    /// <summary>ppEnabledExtensionNames.</summary>
    public nint EnabledExtensionNames;
}

/// <summary>VkDeviceCreateInfo's top level for runtime marshalling.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct MarshalledDeviceInfo
{
    /// <summary>sType.</summary>
    public StructureType SType;

    /// <summary>pNext.</summary>
    public nint PNext;

    /// <summary>flags.</summary>
    public uint Flags;

    /// <summary>queueCreateInfoCount.</summary>
    public uint QueueCreateInfoCount;

    /// <summary>pQueueCreateInfos.</summary>
    public nint QueueCreateInfos;

    /// <summary>enabledLayerCount.</summary>
    public uint EnabledLayerCount;

    /// <summary>ppEnabledLayerNames.</summary>
    public nint EnabledLayerNames;

    /// <summary>enabledExtensionCount.</summary>
    public uint EnabledExtensionCount;

    /// <summary>ppEnabledExtensionNames.</summary>
    public nint EnabledExtensionNames;

    /// <summary>pEnabledFeatures.</summary>
    public nint EnabledFeatures;
}
