using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkPipelineLayoutCreateInfo: the descriptor set layouts and push-constant ranges of a pipeline.</summary>
[ArenaStruct]
[ArenaStructureType(StructureType.PipelineLayoutCreateInfo)]
public unsafe partial struct PipelineLayoutCreateInfo
{
    /// <summary>Reserved; 0.</summary>
    public uint Flags;
    /// <summary>Set layouts by set number (staged as <c>setLayoutCount</c> + <c>pSetLayouts</c>).</summary>
    public DescriptorSetLayout[]? SetLayouts;
    /// <summary>Push-constant ranges (staged as <c>pushConstantRangeCount</c> + <c>pPushConstantRanges</c>).</summary>
    public PushConstantRange[]? PushConstantRanges;
}
