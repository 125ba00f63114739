using System;

namespace VulkanStructs.Vulkan;

/// <summary>VkFenceCreateFlags: fence options.</summary>
[Flags]
public enum FenceCreateFlags : uint
{
    /// <summary>No options.</summary>
    None = 0,
    /// <summary>VK_FENCE_CREATE_SIGNALED_BIT.</summary>
    Signaled = 0x1,
}
