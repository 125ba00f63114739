namespace VulkanStructs.Vulkan;

/// <summary>VkObjectType: the kind of a handle (the values the sample names).</summary>
public enum ObjectType
{
    /// <summary>VK_OBJECT_TYPE_UNKNOWN.</summary>
    Unknown = 0,
    /// <summary>VK_OBJECT_TYPE_INSTANCE.</summary>
    Instance = 1,
    /// <summary>VK_OBJECT_TYPE_PHYSICAL_DEVICE.</summary>
    PhysicalDevice = 2,
    /// <summary>VK_OBJECT_TYPE_DEVICE.</summary>
    Device = 3,
    /// <summary>VK_OBJECT_TYPE_QUEUE.</summary>
    Queue = 4,
    /// <summary>VK_OBJECT_TYPE_BUFFER.</summary>
    Buffer = 9,
}
