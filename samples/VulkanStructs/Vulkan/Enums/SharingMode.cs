namespace VulkanStructs.Vulkan;

/// <summary>VkSharingMode: how queue families share a resource.</summary>
public enum SharingMode
{
    /// <summary>VK_SHARING_MODE_EXCLUSIVE.</summary>
    Exclusive = 0,
    /// <summary>VK_SHARING_MODE_CONCURRENT.</summary>
    Concurrent = 1,
}
