namespace VulkanStructs.Vulkan;

/// <summary>VkMemoryRequirements: what memory a buffer or image needs bound to it.</summary>
public struct MemoryRequirements
{
    /// <summary>Size in bytes.</summary>
    public ulong Size;
    /// <summary>Required alignment of the offset within the allocation, in bytes.</summary>
    public ulong Alignment;
    /// <summary>Bit i set: memory type i is acceptable.</summary>
    public uint MemoryTypeBits;
}
