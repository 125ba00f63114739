namespace VulkanStructs.Vulkan;

/// <summary>VkPushConstantRange: a range of push-constant bytes and the stages that read it.</summary>
public struct PushConstantRange
{
    /// <summary>The stages that read the range.</summary>
    public ShaderStageFlags StageFlags;
    /// <summary>Start of the range, in bytes (a multiple of 4).</summary>
    public uint Offset;
    /// <summary>Length of the range, in bytes (a multiple of 4).</summary>
    public uint Size;
}
