namespace ParamArena.Benchmarks.Vulkan.HandWritten;

/// <summary>VkBufferCreateInfo written out by hand, field for field.</summary>
public unsafe struct RawBufferCreateInfo
{
    /// <summary>sType (VK_STRUCTURE_TYPE_BUFFER_CREATE_INFO = 12).</summary>
    public int SType;
    /// <summary>pNext.</summary>
    public void* PNext;
    /// <summary>flags.</summary>
    public uint Flags;
    /// <summary>size.</summary>
    public ulong Size;
    /// <summary>usage.</summary>
    public uint Usage;
    /// <summary>sharingMode.</summary>
    public int SharingMode;
    /// <summary>queueFamilyIndexCount.</summary>
    public uint QueueFamilyIndexCount;
    /// <summary>pQueueFamilyIndices.</summary>
    public uint* PQueueFamilyIndices;
}
