using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkCommandPoolCreateInfo: the queue family and options of a new command pool.</summary>
[ArenaStruct]
[ArenaStructureType(StructureType.CommandPoolCreateInfo)]
public unsafe partial struct CommandPoolCreateInfo
{
    /// <summary>Pool options.</summary>
    public CommandPoolCreateFlags Flags;
    /// <summary>The queue family the pool's command buffers are submitted to.</summary>
    public uint QueueFamilyIndex;
}
