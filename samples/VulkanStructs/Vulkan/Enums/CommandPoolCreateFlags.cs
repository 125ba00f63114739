using System;

namespace VulkanStructs.Vulkan;

/// <summary>VkCommandPoolCreateFlags: command pool options.</summary>
[Flags]
public enum CommandPoolCreateFlags : uint
{
    /// <summary>No options.</summary>
    None = 0,
    /// <summary>VK_COMMAND_POOL_CREATE_TRANSIENT_BIT.</summary>
    Transient = 0x1,
    /// <summary>VK_COMMAND_POOL_CREATE_RESET_COMMAND_BUFFER_BIT.</summary>
    ResetCommandBuffer = 0x2,
}
