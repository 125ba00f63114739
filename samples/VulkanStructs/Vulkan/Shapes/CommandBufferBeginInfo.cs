using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkCommandBufferBeginInfo: how a command buffer is about to be recorded.</summary>
[ArenaStruct]
public unsafe partial struct CommandBufferBeginInfo
{
    /// <summary><see cref="StructureType.CommandBufferBeginInfo"/>.</summary>
    public StructureType SType;
    /// <summary>Extension chain; null.</summary>
    public void* PNext;
    /// <summary>Usage hints.</summary>
    public CommandBufferUsageFlags Flags;
    /// <summary>VkCommandBufferInheritanceInfo for secondary command buffers; null for primary ones.</summary>
    public void* InheritanceInfo;
}
