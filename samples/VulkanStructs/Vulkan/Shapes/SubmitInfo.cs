using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkSubmitInfo: command buffers to execute and the semaphores around them.</summary>
[ArenaStruct]
[ArenaStructureType(StructureType.SubmitInfo)]
public unsafe partial struct SubmitInfo
{
    /// <summary>Semaphores to wait on (staged as <c>waitSemaphoreCount</c> + <c>pWaitSemaphores</c>).</summary>
    [ArenaCount("waitSemaphoreCount")]
    public Semaphore[]? WaitSemaphores;
    /// <summary>One stage mask per wait semaphore: shares <c>waitSemaphoreCount</c> with <see cref="WaitSemaphores"/>.</summary>
    [ArenaCount("waitSemaphoreCount")]
    public PipelineStageFlags[]? WaitDstStageMask;
    /// <summary>The command buffers (staged as <c>commandBufferCount</c> + <c>pCommandBuffers</c>).</summary>
    public CommandBuffer[]? CommandBuffers;
    /// <summary>Semaphores to signal when the command buffers complete.</summary>
    public Semaphore[]? SignalSemaphores;
}
