using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkDescriptorSetAllocateInfo: the pool and one layout per descriptor set to allocate.</summary>
[ArenaStruct]
[ArenaStructureType(StructureType.DescriptorSetAllocateInfo)]
public unsafe partial struct DescriptorSetAllocateInfo
{
    /// <summary>The pool to allocate from.</summary>
    public DescriptorPool DescriptorPool;
    /// <summary>One layout per set (staged as <c>descriptorSetCount</c> + <c>pSetLayouts</c>).</summary>
    public DescriptorSetLayout[] SetLayouts;
}
