using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkCommandBufferAllocateInfo: the pool, level and number of command buffers to allocate.</summary>
[ArenaStruct]
[ArenaStructureType(StructureType.CommandBufferAllocateInfo)]
public unsafe partial struct CommandBufferAllocateInfo
{
    /// <summary>The pool to allocate from.</summary>
    public CommandPool CommandPool;
    /// <summary>Primary or secondary.</summary>
    public CommandBufferLevel Level;
    /// <summary>How many command buffers (the length of the output array).</summary>
    public uint CommandBufferCount;
}
