using System;

namespace VulkanStructs.Vulkan;

/// <summary>VkMemoryHeapFlags: properties of a memory heap.</summary>
[Flags]
public enum MemoryHeapFlags : uint
{
    /// <summary>No properties.</summary>
    None = 0,
    /// <summary>VK_MEMORY_HEAP_DEVICE_LOCAL_BIT.</summary>
    DeviceLocal = 0x1,
}
