using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkPipelineShaderStageCreateInfo: one shader stage of a pipeline.</summary>
[ArenaStruct]
public unsafe partial struct PipelineShaderStageCreateInfo
{
    /// <summary><see cref="StructureType.PipelineShaderStageCreateInfo"/>.</summary>
    public StructureType SType;
    /// <summary>Extension chain; null.</summary>
    public void* PNext;
    /// <summary>Stage options; 0.</summary>
    public uint Flags;
    /// <summary>The stage (<c>stage</c>).</summary>
    /// <remarks>Named ShaderStage, not Stage: the generated staging method <c>Stage(ArenaLease)</c> takes that name (temporary, see docs/vulkan-sample.md).</remarks>
    public ShaderStageFlags ShaderStage;
    /// <summary>The module holding the stage's code.</summary>
    public ShaderModule Module;
    /// <summary>The entry point's name (staged as <c>const char* pName</c>).</summary>
    public string Name;
    /// <summary>Specialization constants (staged as <c>const VkSpecializationInfo* pSpecializationInfo</c>), or null.</summary>
    public SpecializationInfo? SpecializationInfo;
}
