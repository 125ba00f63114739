namespace VulkanStructs.Vulkan;

/// <summary>VkMemoryType: one memory type of a physical device.</summary>
public struct MemoryType
{
    /// <summary>The type's properties (device-local, host-visible, ...).</summary>
    public MemoryPropertyFlags PropertyFlags;
    /// <summary>The heap this type allocates from.</summary>
    public uint HeapIndex;
}
