using System;

namespace VulkanStructs.Vulkan;

/// <summary>VkBufferUsageFlags: what a buffer may be used for.</summary>
[Flags]
public enum BufferUsageFlags : uint
{
    /// <summary>No usage.</summary>
    None = 0,
    /// <summary>VK_BUFFER_USAGE_TRANSFER_SRC_BIT.</summary>
    TransferSrc = 0x1,
    /// <summary>VK_BUFFER_USAGE_TRANSFER_DST_BIT.</summary>
    TransferDst = 0x2,
    /// <summary>VK_BUFFER_USAGE_UNIFORM_BUFFER_BIT.</summary>
    UniformBuffer = 0x10,
    /// <summary>VK_BUFFER_USAGE_STORAGE_BUFFER_BIT.</summary>
    StorageBuffer = 0x20,
}
