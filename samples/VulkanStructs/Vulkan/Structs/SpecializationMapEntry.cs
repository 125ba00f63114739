namespace VulkanStructs.Vulkan;

/// <summary>VkSpecializationMapEntry: where one specialization constant's value sits in the data blob.</summary>
public struct SpecializationMapEntry
{
    /// <summary>The shader's <c>constant_id</c>.</summary>
    public uint ConstantId;
    /// <summary>Byte offset of the value in the data blob.</summary>
    public uint Offset;
    /// <summary>Size of the value in bytes (size_t).</summary>
    public nuint Size;
}
