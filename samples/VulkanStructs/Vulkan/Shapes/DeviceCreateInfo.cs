using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkDeviceCreateInfo: the queues and extensions of a new logical device.</summary>
[ArenaStruct]
[ArenaStructureType(StructureType.DeviceCreateInfo)]
public unsafe partial struct DeviceCreateInfo
{
    /// <summary>Reserved; 0.</summary>
    public uint Flags;
    /// <summary>The queues to create (staged as <c>queueCreateInfoCount</c> + <c>pQueueCreateInfos</c>).</summary>
    public DeviceQueueCreateInfo[] QueueCreateInfos;
    /// <summary>Deprecated device layers (ignored by current loaders); null.</summary>
    public string[]? EnabledLayerNames;
    /// <summary>Device extensions to enable.</summary>
    public string[]? EnabledExtensionNames;
    /// <summary>VkPhysicalDeviceFeatures to enable; null for none.</summary>
    public void* EnabledFeatures;
}
