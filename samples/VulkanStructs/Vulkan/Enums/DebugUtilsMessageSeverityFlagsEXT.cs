using System;

namespace VulkanStructs.Vulkan;

/// <summary>VkDebugUtilsMessageSeverityFlagsEXT: how severe a debug message is.</summary>
[Flags]
public enum DebugUtilsMessageSeverityFlagsEXT : uint
{
    /// <summary>No severity.</summary>
    None = 0,
    /// <summary>VK_DEBUG_UTILS_MESSAGE_SEVERITY_VERBOSE_BIT_EXT.</summary>
    Verbose = 0x1,
    /// <summary>VK_DEBUG_UTILS_MESSAGE_SEVERITY_INFO_BIT_EXT.</summary>
    Info = 0x10,
    /// <summary>VK_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT.</summary>
    Warning = 0x100,
    /// <summary>VK_DEBUG_UTILS_MESSAGE_SEVERITY_ERROR_BIT_EXT.</summary>
    Error = 0x1000,
}
