using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>Vulkan commands, continued: logical devices and queues.</summary>
public static unsafe partial class Vk
{
    /// <summary>vkCreateDevice.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkCreateDevice")]
    public static partial Result CreateDevice(PhysicalDevice physicalDevice, in DeviceCreateInfo createInfo, AllocationCallbacks* allocator, out Device device);

    /// <summary>vkDestroyDevice.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkDestroyDevice")]
    public static partial void DestroyDevice(Device device, AllocationCallbacks* allocator);

    /// <summary>vkGetDeviceQueue.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkGetDeviceQueue")]
    public static partial void GetDeviceQueue(Device device, uint queueFamilyIndex, uint queueIndex, out Queue queue);

    /// <summary>vkDeviceWaitIdle.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkDeviceWaitIdle")]
    public static partial Result DeviceWaitIdle(Device device);
}
