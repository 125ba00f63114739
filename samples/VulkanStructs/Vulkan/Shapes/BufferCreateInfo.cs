using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkBufferCreateInfo: size, usage and sharing of a new buffer.</summary>
[ArenaStruct]
[ArenaStructureType(StructureType.BufferCreateInfo)]
public unsafe partial struct BufferCreateInfo
{
    /// <summary>Sparse options.</summary>
    public BufferCreateFlags Flags;
    /// <summary>Size in bytes.</summary>
    public ulong Size;
    /// <summary>What the buffer is used for.</summary>
    public BufferUsageFlags Usage;
    /// <summary>Exclusive to one queue family at a time, or concurrent across <see cref="QueueFamilyIndices"/>.</summary>
    public SharingMode SharingMode;
    /// <summary>The queue families that share the buffer (staged as <c>queueFamilyIndexCount</c> + <c>pQueueFamilyIndices</c>; read only for concurrent sharing).</summary>
    public uint[]? QueueFamilyIndices;
}
