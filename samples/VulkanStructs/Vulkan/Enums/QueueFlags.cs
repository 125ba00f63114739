using System;

namespace VulkanStructs.Vulkan;

/// <summary>VkQueueFlags: the kinds of work a queue family accepts.</summary>
[Flags]
public enum QueueFlags : uint
{
    /// <summary>No capabilities.</summary>
    None = 0,
    /// <summary>VK_QUEUE_GRAPHICS_BIT.</summary>
    Graphics = 0x1,
    /// <summary>VK_QUEUE_COMPUTE_BIT.</summary>
    Compute = 0x2,
    /// <summary>VK_QUEUE_TRANSFER_BIT.</summary>
    Transfer = 0x4,
    /// <summary>VK_QUEUE_SPARSE_BINDING_BIT.</summary>
    SparseBinding = 0x8,
}
