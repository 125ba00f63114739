using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkPipelineShaderStageCreateInfo: one shader stage of a pipeline.</summary>
[ArenaStruct]
[ArenaStructureType(StructureType.PipelineShaderStageCreateInfo)]
public unsafe partial struct PipelineShaderStageCreateInfo
{
    /// <summary>Stage options; 0.</summary>
    public uint Flags;
    /// <summary>The stage (<c>stage</c>).</summary>
    public ShaderStageFlags Stage;
    /// <summary>The module holding the stage's code.</summary>
    public ShaderModule Module;
    /// <summary>The entry point's name (staged as <c>const char* pName</c>).</summary>
    public string Name;
    /// <summary>Specialization constants (staged as <c>const VkSpecializationInfo* pSpecializationInfo</c>), or null.</summary>
    public SpecializationInfo? SpecializationInfo;
}
