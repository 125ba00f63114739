namespace VulkanStructs.Vulkan;

/// <summary>VkDescriptorBufferInfo: the buffer range a buffer descriptor points at.</summary>
public struct DescriptorBufferInfo
{
    /// <summary>VK_WHOLE_SIZE: the range reaches the end of the buffer.</summary>
    public const ulong WholeSize = ulong.MaxValue;

    /// <summary>The buffer.</summary>
    public Buffer Buffer;
    /// <summary>Start of the range, in bytes.</summary>
    public ulong Offset;
    /// <summary>Length of the range in bytes, or <see cref="WholeSize"/>.</summary>
    public ulong Range;
}
