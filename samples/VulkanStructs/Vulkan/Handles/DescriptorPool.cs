namespace VulkanStructs.Vulkan;

/// <summary>VkDescriptorPool: a non-dispatchable handle (64 bits on every platform).</summary>
/// <param name="Handle">The raw handle; zero is VK_NULL_HANDLE.</param>
public readonly record struct DescriptorPool(ulong Handle)
{
    /// <summary>True for VK_NULL_HANDLE.</summary>
    public bool IsNull => Handle == 0;
}
