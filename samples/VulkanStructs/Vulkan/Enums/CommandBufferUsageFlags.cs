using System;

namespace VulkanStructs.Vulkan;

/// <summary>VkCommandBufferUsageFlags: how a command buffer will be submitted.</summary>
[Flags]
public enum CommandBufferUsageFlags : uint
{
    /// <summary>No hints.</summary>
    None = 0,
    /// <summary>VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT.</summary>
    OneTimeSubmit = 0x1,
}
