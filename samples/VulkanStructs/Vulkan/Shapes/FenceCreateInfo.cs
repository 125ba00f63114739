using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkFenceCreateInfo: the initial state of a new fence.</summary>
[ArenaStruct]
public unsafe partial struct FenceCreateInfo
{
    /// <summary><see cref="StructureType.FenceCreateInfo"/>.</summary>
    public StructureType SType;
    /// <summary>Extension chain; null.</summary>
    public void* PNext;
    /// <summary>Fence options.</summary>
    public FenceCreateFlags Flags;
}
