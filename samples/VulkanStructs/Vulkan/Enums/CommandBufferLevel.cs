namespace VulkanStructs.Vulkan;

/// <summary>VkCommandBufferLevel: primary or secondary command buffer.</summary>
public enum CommandBufferLevel
{
    /// <summary>VK_COMMAND_BUFFER_LEVEL_PRIMARY.</summary>
    Primary = 0,
    /// <summary>VK_COMMAND_BUFFER_LEVEL_SECONDARY.</summary>
    Secondary = 1,
}
