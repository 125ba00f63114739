using System;
using System.Runtime.InteropServices;

namespace ParamArena.Generator.Tests.Interop;

/// <summary>
/// The Vulkan loader's count-then-fill commands as [ArenaEnumerated] stubs, and the same commands declared raw (blittable
/// [DllImport]s called twice by hand) so the tests compare the stubs with an independent path.
/// </summary>
public static unsafe partial class VulkanEnumerations
{
    private const string Library = "libvulkan.so.1";

    /// <summary>VkResult, the values these commands return.</summary>
    public enum Result
    {
        Success = 0,
        Incomplete = 5,
    }

    [ArenaMarshal(Library, EntryPoint = "vkEnumerateInstanceLayerProperties")]
    internal static partial Result EnumerateInstanceLayerProperties([ArenaEnumerated(0, IncompleteResult = Result.Incomplete)] out LayerProperties[] properties);

    [ArenaMarshal(Library, EntryPoint = "vkEnumerateInstanceLayerProperties")]
    internal static partial Result EnumerateInstanceLayers([ArenaEnumerated(0, IncompleteResult = Result.Incomplete)] out LayerInfo[] layers);

    [ArenaMarshal(Library, EntryPoint = "vkEnumerateInstanceExtensionProperties")]
    internal static partial Result EnumerateInstanceExtensionProperties(string? layerName,
        [ArenaEnumerated(1, IncompleteResult = Result.Incomplete)] out ExtensionProperties[] properties);

    [ArenaMarshal(Library, EntryPoint = "vkEnumerateInstanceExtensionProperties")]
    internal static partial Result EnumerateInstanceExtensionProperties(ArenaLease lease, string? layerName,
        [ArenaEnumerated(1, IncompleteResult = Result.Incomplete)] out Span<ExtensionProperties> properties);

    [ArenaMarshal(Library, EntryPoint = "vkEnumeratePhysicalDevices")]
    internal static partial Result EnumeratePhysicalDevices(nint instance, [ArenaEnumerated(1, IncompleteResult = Result.Incomplete)] out nint[] devices);

    [ArenaMarshal(Library, EntryPoint = "vkGetPhysicalDeviceQueueFamilyProperties")]
    internal static partial void GetPhysicalDeviceQueueFamilyProperties(nint physicalDevice, [ArenaEnumerated(1)] out QueueFamilyProperties[] families);

    [ArenaMarshal(Library, EntryPoint = "vkCreateInstance")]
    internal static partial Result CreateInstance(in InstanceCreateInfo createInfo, void* allocator, out nint instance);

    [ArenaMarshal(Library, EntryPoint = "vkDestroyInstance")]
    internal static partial void DestroyInstance(nint instance, void* allocator);

    /// <summary>The raw commands, for the hand-written two calls the stubs are compared with.</summary>
    internal static class Raw
    {
        [DllImport(Library, EntryPoint = "vkEnumerateInstanceLayerProperties")]
        public static extern Result EnumerateInstanceLayerProperties(uint* count, LayerProperties* properties);

        [DllImport(Library, EntryPoint = "vkEnumerateInstanceExtensionProperties")]
        public static extern Result EnumerateInstanceExtensionProperties(byte* layerName, uint* count, ExtensionProperties* properties);

        [DllImport(Library, EntryPoint = "vkEnumeratePhysicalDevices")]
        public static extern Result EnumeratePhysicalDevices(nint instance, uint* count, nint* devices);

        [DllImport(Library, EntryPoint = "vkGetPhysicalDeviceQueueFamilyProperties")]
        public static extern void GetPhysicalDeviceQueueFamilyProperties(nint physicalDevice, uint* count, QueueFamilyProperties* families);
    }
}

/// <summary>VkLayerProperties.</summary>
public unsafe struct LayerProperties
{
    public fixed byte LayerName[256];
    public uint SpecVersion;
    public uint ImplementationVersion;
    public fixed byte Description[256];

    public readonly string Name
    {
        get
        {
            fixed (byte* name = LayerName) return Marshal.PtrToStringUTF8((nint)name)!;
        }
    }
}

/// <summary>VkLayerProperties as a shape: its character arrays read back as strings.</summary>
[ArenaStruct]
public partial struct LayerInfo
{
    [ArenaFixedLength(256)]
    public string? LayerName;
    public uint SpecVersion;
    public uint ImplementationVersion;
    [ArenaFixedLength(256)]
    public string? Description;
}

/// <summary>VkExtensionProperties.</summary>
public unsafe struct ExtensionProperties
{
    public fixed byte ExtensionName[256];
    public uint SpecVersion;

    public readonly string Name
    {
        get
        {
            fixed (byte* name = ExtensionName) return Marshal.PtrToStringUTF8((nint)name)!;
        }
    }
}

/// <summary>VkQueueFamilyProperties.</summary>
public struct QueueFamilyProperties
{
    public uint QueueFlags;
    public uint QueueCount;
    public uint TimestampValidBits;
    public uint MinImageTransferGranularityWidth;
    public uint MinImageTransferGranularityHeight;
    public uint MinImageTransferGranularityDepth;
}

/// <summary>VkInstanceCreateInfo with no application info, layers or extensions (blittable: every pointer null).</summary>
public unsafe struct InstanceCreateInfo
{
    public int SType;
    public void* Next;
    public uint Flags;
    public void* ApplicationInfo;
    public uint EnabledLayerCount;
    public byte** EnabledLayerNames;
    public uint EnabledExtensionCount;
    public byte** EnabledExtensionNames;
}
