namespace VulkanStructs.Vulkan;

/// <summary>VkCommandBuffer: a dispatchable handle (a pointer to a loader object).</summary>
/// <param name="Handle">The raw handle; zero is VK_NULL_HANDLE.</param>
public readonly record struct CommandBuffer(nint Handle)
{
    /// <summary>True for VK_NULL_HANDLE.</summary>
    public bool IsNull => Handle == 0;
}
