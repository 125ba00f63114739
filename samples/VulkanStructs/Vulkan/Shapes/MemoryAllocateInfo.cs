using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkMemoryAllocateInfo: size and memory type of a device memory allocation.</summary>
[ArenaStruct]
[ArenaStructureType(StructureType.MemoryAllocateInfo)]
public unsafe partial struct MemoryAllocateInfo
{
    /// <summary>Size in bytes.</summary>
    public ulong AllocationSize;
    /// <summary>Index into <see cref="PhysicalDeviceMemoryProperties.MemoryTypes"/>.</summary>
    public uint MemoryTypeIndex;
}
