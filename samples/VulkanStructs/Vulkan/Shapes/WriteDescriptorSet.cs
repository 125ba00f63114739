using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkWriteDescriptorSet: new contents for a range of descriptors in one set.</summary>
[ArenaStruct]
public unsafe partial struct WriteDescriptorSet
{
    /// <summary><see cref="StructureType.WriteDescriptorSet"/>.</summary>
    public StructureType SType;
    /// <summary>Extension chain; null.</summary>
    public void* PNext;
    /// <summary>The set to update.</summary>
    public DescriptorSet DstSet;
    /// <summary>The binding within the set.</summary>
    public uint DstBinding;
    /// <summary>The first array element within the binding.</summary>
    public uint DstArrayElement;
    /// <summary>Number of descriptors to write: the length of whichever info array the type uses.</summary>
    public uint DescriptorCount;
    /// <summary>The kind of descriptor.</summary>
    public DescriptorType DescriptorType;
    /// <summary>VkDescriptorImageInfo array for image descriptors; null here.</summary>
    public void* ImageInfo;
    /// <summary>The buffer ranges for buffer descriptors (staged as <c>pBufferInfo</c>; <see cref="DescriptorCount"/> must equal its length).</summary>
    public DescriptorBufferInfo[]? BufferInfo;
    /// <summary>VkBufferView array for texel-buffer descriptors; null here.</summary>
    public void* TexelBufferView;
}
