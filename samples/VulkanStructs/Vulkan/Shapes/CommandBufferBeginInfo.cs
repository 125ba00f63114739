using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkCommandBufferBeginInfo: how a command buffer is about to be recorded.</summary>
[ArenaStruct]
[ArenaStructureType(StructureType.CommandBufferBeginInfo)]
public unsafe partial struct CommandBufferBeginInfo
{
    /// <summary>Usage hints.</summary>
    public CommandBufferUsageFlags Flags;
    /// <summary>VkCommandBufferInheritanceInfo for secondary command buffers; null for primary ones.</summary>
    public void* InheritanceInfo;
}
