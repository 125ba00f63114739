using System;

namespace VulkanStructs.Vulkan;

/// <summary>VkPipelineStageFlags: pipeline stages, for barriers and semaphore waits.</summary>
[Flags]
public enum PipelineStageFlags : uint
{
    /// <summary>No stage.</summary>
    None = 0,
    /// <summary>VK_PIPELINE_STAGE_TOP_OF_PIPE_BIT.</summary>
    TopOfPipe = 0x1,
    /// <summary>VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT.</summary>
    ComputeShader = 0x800,
    /// <summary>VK_PIPELINE_STAGE_TRANSFER_BIT.</summary>
    Transfer = 0x1000,
    /// <summary>VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT.</summary>
    BottomOfPipe = 0x2000,
    /// <summary>VK_PIPELINE_STAGE_HOST_BIT.</summary>
    Host = 0x4000,
}
