using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkMemoryBarrier: a global memory dependency recorded by <c>vkCmdPipelineBarrier</c>.</summary>
/// <remarks>A shape only for its structure type: staging writes <c>sType</c>, so no caller sets it.</remarks>
[ArenaStruct]
[ArenaStructureType(StructureType.MemoryBarrier)]
public partial struct MemoryBarrier
{
    /// <summary>Accesses that must complete before the barrier.</summary>
    public AccessFlags SrcAccessMask;
    /// <summary>Accesses that wait for the barrier.</summary>
    public AccessFlags DstAccessMask;
}
