using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkComputePipelineCreateInfo: the shader stage and layout of a compute pipeline.</summary>
[ArenaStruct]
[ArenaStructureType(StructureType.ComputePipelineCreateInfo)]
public unsafe partial struct ComputePipelineCreateInfo
{
    /// <summary>Pipeline options; 0.</summary>
    public uint Flags;
    /// <summary>The compute stage, embedded by value (<c>VkPipelineShaderStageCreateInfo stage</c>).</summary>
    public PipelineShaderStageCreateInfo Stage;
    /// <summary>The pipeline layout.</summary>
    public PipelineLayout Layout;
    /// <summary>A pipeline to derive from; null handle.</summary>
    public Pipeline BasePipelineHandle;
    /// <summary>Index of a pipeline to derive from in the same call; -1.</summary>
    public int BasePipelineIndex;
}
