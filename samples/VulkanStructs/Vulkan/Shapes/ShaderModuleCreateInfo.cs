using System;
using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkShaderModuleCreateInfo: SPIR-V code for a new shader module.</summary>
[ArenaStruct]
[ArenaStructureType(StructureType.ShaderModuleCreateInfo)]
public unsafe partial struct ShaderModuleCreateInfo
{
    /// <summary>Reserved; 0.</summary>
    public uint Flags;
    /// <summary>The SPIR-V words (staged as <c>size_t codeSize</c>, in bytes, + <c>const uint32_t* pCode</c>).</summary>
    [ArenaCount("codeSize", CountType = typeof(nuint), InBytes = true)]
    public uint[] Code;
}
