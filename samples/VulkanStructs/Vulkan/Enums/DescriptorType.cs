namespace VulkanStructs.Vulkan;

/// <summary>VkDescriptorType: the kind of resource a descriptor points at (only the buffer kinds the sample uses).</summary>
public enum DescriptorType
{
    /// <summary>VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER.</summary>
    UniformBuffer = 6,
    /// <summary>VK_DESCRIPTOR_TYPE_STORAGE_BUFFER.</summary>
    StorageBuffer = 7,
}
