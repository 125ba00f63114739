using System;
using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>Vulkan commands, continued: command pools, command buffers and the commands recorded into them.</summary>
public sealed unsafe partial class DeviceCommands
{
    /// <summary>vkCreateCommandPool.</summary>
    [ArenaMarshal(EntryPoint = "vkCreateCommandPool", Required = true)]
    public partial Result CreateCommandPool(Device device, in CommandPoolCreateInfo createInfo, AllocationCallbacks* allocator, out CommandPool commandPool);

    /// <summary>vkDestroyCommandPool (frees the pool's command buffers too).</summary>
    [ArenaMarshal(EntryPoint = "vkDestroyCommandPool", Required = true)]
    public partial void DestroyCommandPool(Device device, CommandPool commandPool, AllocationCallbacks* allocator);

    /// <summary>vkAllocateCommandBuffers: <paramref name="commandBuffers"/> has <see cref="CommandBufferAllocateInfo.CommandBufferCount"/> slots.</summary>
    [ArenaMarshal(EntryPoint = "vkAllocateCommandBuffers", Required = true)]
    public partial Result AllocateCommandBuffers(Device device, in CommandBufferAllocateInfo allocateInfo, Span<CommandBuffer> commandBuffers);

    /// <summary>vkBeginCommandBuffer.</summary>
    [ArenaMarshal(EntryPoint = "vkBeginCommandBuffer", Required = true)]
    public partial Result BeginCommandBuffer(CommandBuffer commandBuffer, in CommandBufferBeginInfo beginInfo);

    /// <summary>vkEndCommandBuffer.</summary>
    [ArenaMarshal(EntryPoint = "vkEndCommandBuffer", Required = true)]
    public partial Result EndCommandBuffer(CommandBuffer commandBuffer);

    /// <summary>vkCmdBindPipeline.</summary>
    [ArenaMarshal(EntryPoint = "vkCmdBindPipeline", Required = true)]
    public partial void CmdBindPipeline(CommandBuffer commandBuffer, PipelineBindPoint pipelineBindPoint, Pipeline pipeline);

    /// <summary>vkCmdBindDescriptorSets: sets and dynamic offsets are each passed as count + pointer.</summary>
    [ArenaMarshal(EntryPoint = "vkCmdBindDescriptorSets", Required = true)]
    public partial void CmdBindDescriptorSets(
        CommandBuffer commandBuffer,
        PipelineBindPoint pipelineBindPoint,
        PipelineLayout layout,
        uint firstSet,
        [ArenaCountParameter(4, CountType = typeof(uint))] ReadOnlySpan<DescriptorSet> descriptorSets,
        [ArenaCountParameter(6, CountType = typeof(uint))] ReadOnlySpan<uint> dynamicOffsets);

    /// <summary>vkCmdPushConstants: <paramref name="values"/> goes as a size in bytes + pointer.</summary>
    [ArenaMarshal(EntryPoint = "vkCmdPushConstants", Required = true)]
    public partial void CmdPushConstants(
        CommandBuffer commandBuffer,
        PipelineLayout layout,
        ShaderStageFlags stageFlags,
        uint offset,
        [ArenaCountParameter(4, CountType = typeof(uint), InBytes = true)] ReadOnlySpan<uint> values);

    /// <summary>vkCmdDispatch.</summary>
    [ArenaMarshal(EntryPoint = "vkCmdDispatch", Required = true)]
    public partial void CmdDispatch(CommandBuffer commandBuffer, uint groupCountX, uint groupCountY, uint groupCountZ);

    /// <summary>vkCmdPipelineBarrier with global memory barriers only (no buffer or image barriers).</summary>
    [ArenaMarshal(EntryPoint = "vkCmdPipelineBarrier", Required = true)]
    public partial void CmdPipelineBarrier(
        CommandBuffer commandBuffer,
        PipelineStageFlags srcStageMask,
        PipelineStageFlags dstStageMask,
        DependencyFlags dependencyFlags,
        [ArenaCountParameter(4, CountType = typeof(uint))] ReadOnlySpan<MemoryBarrier> memoryBarriers,
        uint bufferMemoryBarrierCount,
        void* bufferMemoryBarriers,
        uint imageMemoryBarrierCount,
        void* imageMemoryBarriers);
}
