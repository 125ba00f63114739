namespace VulkanStructs.Vulkan;

/// <summary>VkPhysicalDevice: a dispatchable handle (a pointer to a loader object).</summary>
/// <param name="Handle">The raw handle; zero is VK_NULL_HANDLE.</param>
public readonly record struct PhysicalDevice(nint Handle)
{
    /// <summary>True for VK_NULL_HANDLE.</summary>
    public bool IsNull => Handle == 0;
}
