namespace VulkanStructs.Vulkan;

/// <summary>VkDescriptorPoolSize: how many descriptors of one type a pool holds.</summary>
public struct DescriptorPoolSize
{
    /// <summary>The kind of descriptor.</summary>
    public DescriptorType Type;
    /// <summary>How many of them.</summary>
    public uint DescriptorCount;
}
