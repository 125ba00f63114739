using System;

namespace VulkanStructs.Vulkan;

/// <summary>VkShaderStageFlags: pipeline shader stages.</summary>
[Flags]
public enum ShaderStageFlags : uint
{
    /// <summary>No stage.</summary>
    None = 0,
    /// <summary>VK_SHADER_STAGE_VERTEX_BIT.</summary>
    Vertex = 0x1,
    /// <summary>VK_SHADER_STAGE_FRAGMENT_BIT.</summary>
    Fragment = 0x10,
    /// <summary>VK_SHADER_STAGE_COMPUTE_BIT.</summary>
    Compute = 0x20,
}
