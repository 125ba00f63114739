using System;
using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>
/// The Vulkan commands the sample calls, each declared with <see cref="ArenaMarshalAttribute"/>: the
/// ParamArena generator writes the bodies, staging every shape, array and string in the thread's arena.
/// This part: the loader, instances and physical devices.
/// </summary>
public static unsafe partial class Vk
{
    /// <summary>vkEnumerateInstanceLayerProperties: every layer, in <paramref name="lease"/> (count, then fill; repeated while the list changes).</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkEnumerateInstanceLayerProperties")]
    public static partial Result EnumerateInstanceLayerProperties(ArenaLease lease,
        [ArenaEnumerated(0, IncompleteResult = Result.Incomplete)] out Span<LayerProperties> properties);

    /// <summary>vkEnumerateInstanceExtensionProperties: the extensions of <paramref name="layerName"/> (null: the loader's and drivers'), in <paramref name="lease"/>.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkEnumerateInstanceExtensionProperties")]
    public static partial Result EnumerateInstanceExtensionProperties(ArenaLease lease, string? layerName,
        [ArenaEnumerated(1, IncompleteResult = Result.Incomplete)] out Span<ExtensionProperties> properties);

    /// <summary>vkCreateInstance: <paramref name="createInfo"/> is an <see cref="InstanceCreateInfo"/> alone or with a chain of its extensions.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkCreateInstance")]
    public static partial Result CreateInstance<TChain>(in TChain createInfo, AllocationCallbacks* allocator, out Instance instance)
        where TChain : struct, IArenaChain<TChain, InstanceCreateInfo>;

    /// <summary>vkDestroyInstance.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkDestroyInstance")]
    public static partial void DestroyInstance(Instance instance, AllocationCallbacks* allocator);

    /// <summary>vkGetInstanceProcAddr: the address of an instance-level command the loader does not export (extensions).</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkGetInstanceProcAddr")]
    public static partial nint GetInstanceProcAddr(Instance instance, byte* name);

    /// <summary>vkEnumeratePhysicalDevices: every physical device, in <paramref name="lease"/>.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkEnumeratePhysicalDevices")]
    public static partial Result EnumeratePhysicalDevices(Instance instance, ArenaLease lease,
        [ArenaEnumerated(1, IncompleteResult = Result.Incomplete)] out Span<PhysicalDevice> physicalDevices);

    /// <summary>vkGetPhysicalDeviceProperties.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkGetPhysicalDeviceProperties")]
    public static partial void GetPhysicalDeviceProperties(PhysicalDevice physicalDevice, out PhysicalDeviceProperties properties);

    /// <summary>vkGetPhysicalDeviceQueueFamilyProperties: every queue family of <paramref name="physicalDevice"/>, in <paramref name="lease"/>.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkGetPhysicalDeviceQueueFamilyProperties")]
    public static partial void GetPhysicalDeviceQueueFamilyProperties(PhysicalDevice physicalDevice, ArenaLease lease,
        [ArenaEnumerated(1)] out Span<QueueFamilyProperties> queueFamilyProperties);

    /// <summary>vkGetPhysicalDeviceMemoryProperties.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkGetPhysicalDeviceMemoryProperties")]
    public static partial void GetPhysicalDeviceMemoryProperties(PhysicalDevice physicalDevice, out PhysicalDeviceMemoryProperties memoryProperties);
}
