namespace VulkanStructs.Vulkan;

/// <summary>VkMemoryHeap: one memory heap of a physical device.</summary>
public struct MemoryHeap
{
    /// <summary>Size in bytes.</summary>
    public ulong Size;
    /// <summary>The heap's properties.</summary>
    public MemoryHeapFlags Flags;
}
