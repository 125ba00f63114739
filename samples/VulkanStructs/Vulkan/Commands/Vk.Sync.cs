using System;
using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>Vulkan commands, continued: fences and queue submission.</summary>
public sealed unsafe partial class DeviceCommands
{
    /// <summary>vkCreateFence.</summary>
    [ArenaMarshal(EntryPoint = "vkCreateFence", Required = true)]
    public partial Result CreateFence(Device device, in FenceCreateInfo createInfo, AllocationCallbacks* allocator, out Fence fence);

    /// <summary>vkDestroyFence.</summary>
    [ArenaMarshal(EntryPoint = "vkDestroyFence", Required = true)]
    public partial void DestroyFence(Device device, Fence fence, AllocationCallbacks* allocator);

    /// <summary>vkWaitForFences: <paramref name="waitAll"/> is a VkBool32; <paramref name="timeout"/> is in nanoseconds.</summary>
    [ArenaMarshal(EntryPoint = "vkWaitForFences", Required = true)]
    public partial Result WaitForFences(
        Device device,
        [ArenaCountParameter(1, CountType = typeof(uint))] ReadOnlySpan<Fence> fences,
        uint waitAll,
        ulong timeout);

    /// <summary>vkQueueSubmit: the submits are staged (count + array of VkSubmitInfo).</summary>
    [ArenaMarshal(EntryPoint = "vkQueueSubmit", Required = true)]
    public partial Result QueueSubmit(
        Queue queue,
        [ArenaCountParameter(1, CountType = typeof(uint))] ReadOnlySpan<SubmitInfo> submits,
        Fence fence);
}
