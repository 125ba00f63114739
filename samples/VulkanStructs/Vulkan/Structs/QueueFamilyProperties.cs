namespace VulkanStructs.Vulkan;

/// <summary>VkQueueFamilyProperties: what one queue family of a physical device offers.</summary>
public struct QueueFamilyProperties
{
    /// <summary>The kinds of work the family's queues accept.</summary>
    public QueueFlags QueueFlags;
    /// <summary>How many queues the family has.</summary>
    public uint QueueCount;
    /// <summary>Meaningful bits in timestamps written on these queues (0: no timestamps).</summary>
    public uint TimestampValidBits;
    /// <summary>The granularity of image transfers on these queues.</summary>
    public Extent3D MinImageTransferGranularity;
}
