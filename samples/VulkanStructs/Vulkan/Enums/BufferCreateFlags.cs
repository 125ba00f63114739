using System;

namespace VulkanStructs.Vulkan;

/// <summary>VkBufferCreateFlags: buffer creation options.</summary>
[Flags]
public enum BufferCreateFlags : uint
{
    /// <summary>No options.</summary>
    None = 0,
    /// <summary>VK_BUFFER_CREATE_SPARSE_BINDING_BIT.</summary>
    SparseBinding = 0x1,
    /// <summary>VK_BUFFER_CREATE_SPARSE_RESIDENCY_BIT.</summary>
    SparseResidency = 0x2,
    /// <summary>VK_BUFFER_CREATE_SPARSE_ALIASED_BIT.</summary>
    SparseAliased = 0x4,
}
