using System;

namespace VulkanStructs.Vulkan;

/// <summary>VkAccessFlags: memory access kinds, for barriers.</summary>
[Flags]
public enum AccessFlags : uint
{
    /// <summary>No access.</summary>
    None = 0,
    /// <summary>VK_ACCESS_SHADER_READ_BIT.</summary>
    ShaderRead = 0x20,
    /// <summary>VK_ACCESS_SHADER_WRITE_BIT.</summary>
    ShaderWrite = 0x40,
    /// <summary>VK_ACCESS_HOST_READ_BIT.</summary>
    HostRead = 0x2000,
    /// <summary>VK_ACCESS_HOST_WRITE_BIT.</summary>
    HostWrite = 0x4000,
}
