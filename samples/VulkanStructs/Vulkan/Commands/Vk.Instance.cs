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
    /// <summary>vkEnumerateInstanceLayerProperties: the two-call idiom (null <paramref name="properties"/> asks for the count).</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkEnumerateInstanceLayerProperties")]
    public static partial Result EnumerateInstanceLayerProperties(ref uint propertyCount, LayerProperties* properties);

    /// <summary>vkEnumerateInstanceExtensionProperties: the extensions of <paramref name="layerName"/> (null: the loader's and drivers'), two-call idiom.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkEnumerateInstanceExtensionProperties")]
    public static partial Result EnumerateInstanceExtensionProperties(string? layerName, ref uint propertyCount, ExtensionProperties* properties);

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

    /// <summary>vkEnumeratePhysicalDevices: the two-call idiom (null <paramref name="physicalDevices"/> asks for the count).</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkEnumeratePhysicalDevices")]
    public static partial Result EnumeratePhysicalDevices(Instance instance, ref uint physicalDeviceCount, PhysicalDevice* physicalDevices);

    /// <summary>vkGetPhysicalDeviceProperties.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkGetPhysicalDeviceProperties")]
    public static partial void GetPhysicalDeviceProperties(PhysicalDevice physicalDevice, out PhysicalDeviceProperties properties);

    /// <summary>vkGetPhysicalDeviceQueueFamilyProperties: the two-call idiom (null <paramref name="queueFamilyProperties"/> asks for the count).</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkGetPhysicalDeviceQueueFamilyProperties")]
    public static partial void GetPhysicalDeviceQueueFamilyProperties(PhysicalDevice physicalDevice, ref uint queueFamilyPropertyCount, QueueFamilyProperties* queueFamilyProperties);

    /// <summary>vkGetPhysicalDeviceMemoryProperties.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkGetPhysicalDeviceMemoryProperties")]
    public static partial void GetPhysicalDeviceMemoryProperties(PhysicalDevice physicalDevice, out PhysicalDeviceMemoryProperties memoryProperties);
}
