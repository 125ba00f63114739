using System;

namespace VulkanStructs.Vulkan;

/// <summary>VkDependencyFlags: barrier dependency options.</summary>
[Flags]
public enum DependencyFlags : uint
{
    /// <summary>No options.</summary>
    None = 0,
    /// <summary>VK_DEPENDENCY_BY_REGION_BIT.</summary>
    ByRegion = 0x1,
}
