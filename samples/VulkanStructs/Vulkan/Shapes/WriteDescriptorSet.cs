using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkWriteDescriptorSet: new contents for a range of descriptors in one set.</summary>
/// <remarks>
/// TEMPORARY, until the generator can use a count field the shape declares itself: here
/// <c>descriptorCount</c> sits before <c>descriptorType</c>, not just before the pointer it counts, and
/// it counts whichever of <c>pImageInfo</c>/<c>pBufferInfo</c>/<c>pTexelBufferView</c> is used. The
/// intended field is <c>[ArenaCount(nameof(DescriptorCount))] public DescriptorBufferInfo[]? BufferInfo;</c>;
/// meanwhile <see cref="BufferInfo"/> is a raw pointer that the caller stages in its own
/// <see cref="ArenaLease"/> (see ComputeDispatch.WriteDescriptors).
/// </remarks>
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
    /// <summary>The buffer ranges for buffer descriptors (<c>pBufferInfo</c>): <see cref="DescriptorCount"/> elements, staged by the caller.</summary>
    public DescriptorBufferInfo* BufferInfo;
    /// <summary>VkBufferView array for texel-buffer descriptors; null here.</summary>
    public void* TexelBufferView;
}
