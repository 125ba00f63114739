using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkWriteDescriptorSet: new contents for a range of descriptors in one set.</summary>
/// <remarks>
/// <c>descriptorCount</c> sits before <c>descriptorType</c>, away from the arrays it counts, and counts
/// whichever of them the descriptor type uses: the shape declares it, and the arrays name it with
/// <c>[ArenaCount]</c>, so staging writes it from the non-null array's length.
/// </remarks>
[ArenaStruct]
[ArenaStructureType(StructureType.WriteDescriptorSet)]
public unsafe partial struct WriteDescriptorSet
{
    /// <summary>The set to update.</summary>
    public DescriptorSet DstSet;
    /// <summary>The binding within the set.</summary>
    public uint DstBinding;
    /// <summary>The first array element within the binding.</summary>
    public uint DstArrayElement;
    /// <summary>Number of descriptors to write: staging sets it from the length of whichever info array is non-null.</summary>
    public uint DescriptorCount;
    /// <summary>The kind of descriptor.</summary>
    public DescriptorType DescriptorType;
    /// <summary>VkDescriptorImageInfo array for image descriptors; null here.</summary>
    public void* ImageInfo;
    /// <summary>The buffer ranges for buffer descriptors (<c>pBufferInfo</c>); null for other descriptor types.</summary>
    [ArenaCount(nameof(DescriptorCount))]
    public DescriptorBufferInfo[]? BufferInfo;
    /// <summary>The views for texel-buffer descriptors (<c>pTexelBufferView</c>); null for other descriptor types.</summary>
    [ArenaCount(nameof(DescriptorCount))]
    public BufferView[]? TexelBufferView;
}
