namespace VulkanStructs.Vulkan;

/// <summary>VkMemoryBarrier: a global memory dependency recorded by <c>vkCmdPipelineBarrier</c>.</summary>
/// <remarks>Blittable (no arrays, strings or chained shapes), so the sample passes it by reference and the generator pins it.</remarks>
public unsafe struct MemoryBarrier
{
    /// <summary>Always <see cref="StructureType.MemoryBarrier"/>.</summary>
    public StructureType SType;
    /// <summary>Extension chain; null.</summary>
    public void* PNext;
    /// <summary>Accesses that must complete before the barrier.</summary>
    public AccessFlags SrcAccessMask;
    /// <summary>Accesses that wait for the barrier.</summary>
    public AccessFlags DstAccessMask;
}
