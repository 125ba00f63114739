using System;
using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>Vulkan commands, continued: fences and queue submission.</summary>
public static unsafe partial class Vk
{
    /// <summary>vkCreateFence.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkCreateFence")]
    public static partial Result CreateFence(Device device, in FenceCreateInfo createInfo, AllocationCallbacks* allocator, out Fence fence);

    /// <summary>vkDestroyFence.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkDestroyFence")]
    public static partial void DestroyFence(Device device, Fence fence, AllocationCallbacks* allocator);

    /// <summary>vkWaitForFences: <paramref name="waitAll"/> is a VkBool32; <paramref name="timeout"/> is in nanoseconds.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkWaitForFences")]
    public static partial Result WaitForFences(
        Device device,
        [ArenaCountParameter(1, CountType = typeof(uint))] ReadOnlySpan<Fence> fences,
        uint waitAll,
        ulong timeout);

    /// <summary>vkQueueSubmit: the submits are staged (count + array of VkSubmitInfo).</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkQueueSubmit")]
    public static partial Result QueueSubmit(
        Queue queue,
        [ArenaCountParameter(1, CountType = typeof(uint))] ReadOnlySpan<SubmitInfo> submits,
        Fence fence);
}
