using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkFenceCreateInfo: the initial state of a new fence.</summary>
[ArenaStruct]
[ArenaStructureType(StructureType.FenceCreateInfo)]
public unsafe partial struct FenceCreateInfo
{
    /// <summary>Fence options.</summary>
    public FenceCreateFlags Flags;
}
