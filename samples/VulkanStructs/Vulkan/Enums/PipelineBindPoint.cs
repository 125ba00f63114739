namespace VulkanStructs.Vulkan;

/// <summary>VkPipelineBindPoint: the kind of pipeline a command binds.</summary>
public enum PipelineBindPoint
{
    /// <summary>VK_PIPELINE_BIND_POINT_GRAPHICS.</summary>
    Graphics = 0,
    /// <summary>VK_PIPELINE_BIND_POINT_COMPUTE.</summary>
    Compute = 1,
}
