using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkDescriptorPoolCreateInfo: capacity of a new descriptor pool.</summary>
[ArenaStruct]
[ArenaStructureType(StructureType.DescriptorPoolCreateInfo)]
public unsafe partial struct DescriptorPoolCreateInfo
{
    /// <summary>Pool options; 0 (sets are freed with the pool).</summary>
    public uint Flags;
    /// <summary>The most descriptor sets the pool hands out.</summary>
    public uint MaxSets;
    /// <summary>Descriptors per type (staged as <c>poolSizeCount</c> + <c>pPoolSizes</c>).</summary>
    public DescriptorPoolSize[] PoolSizes;
}
