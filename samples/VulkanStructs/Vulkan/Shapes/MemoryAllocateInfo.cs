using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkMemoryAllocateInfo: size and memory type of a device memory allocation.</summary>
[ArenaStruct]
public unsafe partial struct MemoryAllocateInfo
{
    /// <summary><see cref="StructureType.MemoryAllocateInfo"/>.</summary>
    public StructureType SType;
    /// <summary>Extension chain; null.</summary>
    public void* PNext;
    /// <summary>Size in bytes.</summary>
    public ulong AllocationSize;
    /// <summary>Index into <see cref="PhysicalDeviceMemoryProperties.MemoryTypes"/>.</summary>
    public uint MemoryTypeIndex;
}
