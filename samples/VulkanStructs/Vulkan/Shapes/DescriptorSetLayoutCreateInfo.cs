using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkDescriptorSetLayoutCreateInfo: the bindings of a new descriptor set layout.</summary>
[ArenaStruct]
[ArenaStructureType(StructureType.DescriptorSetLayoutCreateInfo)]
public unsafe partial struct DescriptorSetLayoutCreateInfo
{
    /// <summary>Layout options; 0.</summary>
    public uint Flags;
    /// <summary>The bindings (staged as <c>bindingCount</c> + <c>pBindings</c>).</summary>
    public DescriptorSetLayoutBinding[] Bindings;
}
