namespace VulkanStructs.Vulkan;

/// <summary>VkSemaphore: a non-dispatchable handle (64 bits on every platform).</summary>
/// <param name="Handle">The raw handle; zero is VK_NULL_HANDLE.</param>
public readonly record struct Semaphore(ulong Handle)
{
    /// <summary>True for VK_NULL_HANDLE.</summary>
    public bool IsNull => Handle == 0;
}
