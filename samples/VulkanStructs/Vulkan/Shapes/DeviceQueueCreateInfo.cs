using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkDeviceQueueCreateInfo: the queues to create in one queue family.</summary>
[ArenaStruct]
[ArenaStructureType(StructureType.DeviceQueueCreateInfo)]
public unsafe partial struct DeviceQueueCreateInfo
{
    /// <summary>Reserved (protected queues only); 0.</summary>
    public uint Flags;
    /// <summary>The queue family.</summary>
    public uint QueueFamilyIndex;
    /// <summary>One priority in [0, 1] per queue (staged as <c>queueCount</c> + <c>pQueuePriorities</c>).</summary>
    public float[] QueuePriorities;
}
