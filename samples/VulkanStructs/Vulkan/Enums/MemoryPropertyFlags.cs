using System;

namespace VulkanStructs.Vulkan;

/// <summary>VkMemoryPropertyFlags: properties of a memory type.</summary>
[Flags]
public enum MemoryPropertyFlags : uint
{
    /// <summary>No properties.</summary>
    None = 0,
    /// <summary>VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT.</summary>
    DeviceLocal = 0x1,
    /// <summary>VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT.</summary>
    HostVisible = 0x2,
    /// <summary>VK_MEMORY_PROPERTY_HOST_COHERENT_BIT.</summary>
    HostCoherent = 0x4,
    /// <summary>VK_MEMORY_PROPERTY_HOST_CACHED_BIT.</summary>
    HostCached = 0x8,
}
