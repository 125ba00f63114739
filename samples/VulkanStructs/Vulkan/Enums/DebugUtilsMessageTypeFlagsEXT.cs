using System;

namespace VulkanStructs.Vulkan;

/// <summary>VkDebugUtilsMessageTypeFlagsEXT: what a debug message is about.</summary>
[Flags]
public enum DebugUtilsMessageTypeFlagsEXT : uint
{
    /// <summary>No type.</summary>
    None = 0,
    /// <summary>VK_DEBUG_UTILS_MESSAGE_TYPE_GENERAL_BIT_EXT.</summary>
    General = 0x1,
    /// <summary>VK_DEBUG_UTILS_MESSAGE_TYPE_VALIDATION_BIT_EXT.</summary>
    Validation = 0x2,
    /// <summary>VK_DEBUG_UTILS_MESSAGE_TYPE_PERFORMANCE_BIT_EXT.</summary>
    Performance = 0x4,
}
