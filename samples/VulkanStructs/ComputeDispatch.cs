using System;
using ParamArena;
using VulkanStructs.Vulkan;
using Buffer = VulkanStructs.Vulkan.Buffer;

namespace VulkanStructs;

/// <summary>
/// One run of the compute job on a <see cref="VulkanContext"/>: every Vulkan object the dispatch needs
/// is created, used and destroyed here, each create-info an <c>[ArenaStruct]</c> shape staged by the
/// generated <c>[ArenaMarshal]</c> stubs. The run allocates no managed memory once warmed up.
/// </summary>
public static unsafe class ComputeDispatch
{
    private const ulong FenceTimeoutNanoseconds = 60_000_000_000;
    private const uint Sentinel = 0xDEADBEEF;

    /// <summary>Runs the job once and checks every output element.</summary>
    /// <param name="context">The device.</param>
    /// <param name="plan">The job's fixed inputs.</param>
    /// <param name="seed">Varies the input values between runs.</param>
    /// <returns>The number of output elements that differ from <c>input * factor + offset</c>.</returns>
    public static long Run(VulkanContext context, ComputeJobPlan plan, uint seed)
    {
        Device device = context.Device;
        Buffer input = default, output = default;
        DeviceMemory inputMemory = default, outputMemory = default;
        ShaderModule shaderModule = default;
        DescriptorSetLayout setLayout = default;
        DescriptorPool descriptorPool = default;
        PipelineLayout pipelineLayout = default;
        Pipeline pipeline = default;
        CommandPool commandPool = default;
        Fence fence = default;
        try
        {
            input = CreateBuffer(device, plan);
            output = CreateBuffer(device, plan);
            uint* inputValues = (uint*)AllocateAndMap(context, input, out inputMemory);
            uint* outputValues = (uint*)AllocateAndMap(context, output, out outputMemory);
            for (int i = 0; i < plan.ElementCount; i++)
            {
                inputValues[i] = ((uint)i * 2654435761u) ^ seed;
                outputValues[i] = Sentinel;
            }

            ShaderModuleCreateInfo shaderInfo = new()
            {
                SType = StructureType.ShaderModuleCreateInfo,
                Code = plan.ShaderWords,
            };
            VulkanException.ThrowIfFailed(Vk.CreateShaderModule(device, shaderInfo, null, out shaderModule), "vkCreateShaderModule");

            DescriptorSetLayoutCreateInfo layoutInfo = new()
            {
                SType = StructureType.DescriptorSetLayoutCreateInfo,
                Bindings = plan.Bindings,
            };
            VulkanException.ThrowIfFailed(Vk.CreateDescriptorSetLayout(device, layoutInfo, null, out setLayout), "vkCreateDescriptorSetLayout");
            plan.SetLayouts[0] = setLayout;

            DescriptorPoolCreateInfo poolInfo = new()
            {
                SType = StructureType.DescriptorPoolCreateInfo,
                MaxSets = 1,
                PoolSizes = plan.PoolSizes,
            };
            VulkanException.ThrowIfFailed(Vk.CreateDescriptorPool(device, poolInfo, null, out descriptorPool), "vkCreateDescriptorPool");

            DescriptorSetAllocateInfo setInfo = new()
            {
                SType = StructureType.DescriptorSetAllocateInfo,
                DescriptorPool = descriptorPool,
                SetLayouts = plan.SetLayouts,
            };
            DescriptorSet descriptorSet = default;
            VulkanException.ThrowIfFailed(Vk.AllocateDescriptorSets(device, setInfo, new Span<DescriptorSet>(ref descriptorSet)), "vkAllocateDescriptorSets");
            WriteDescriptors(device, plan, descriptorSet, input, output);

            PipelineLayoutCreateInfo pipelineLayoutInfo = new()
            {
                SType = StructureType.PipelineLayoutCreateInfo,
                SetLayouts = plan.SetLayouts,
                PushConstantRanges = plan.PushConstantRanges,
            };
            VulkanException.ThrowIfFailed(Vk.CreatePipelineLayout(device, pipelineLayoutInfo, null, out pipelineLayout), "vkCreatePipelineLayout");

            ComputePipelineCreateInfo pipelineInfo = new()
            {
                SType = StructureType.ComputePipelineCreateInfo,
                Stage = new PipelineShaderStageCreateInfo
                {
                    SType = StructureType.PipelineShaderStageCreateInfo,
                    Stage = ShaderStageFlags.Compute,
                    Module = shaderModule,
                    Name = ShaderCode.EntryPoint,
                    SpecializationInfo = new SpecializationInfo
                    {
                        MapEntries = plan.MapEntries,
                        Data = plan.SpecializationData,
                    },
                },
                Layout = pipelineLayout,
                BasePipelineIndex = -1,
            };
            VulkanException.ThrowIfFailed(
                Vk.CreateComputePipelines(device, default, new ReadOnlySpan<ComputePipelineCreateInfo>(in pipelineInfo), null, new Span<Pipeline>(ref pipeline)),
                "vkCreateComputePipelines");

            CommandPoolCreateInfo commandPoolInfo = new()
            {
                SType = StructureType.CommandPoolCreateInfo,
                Flags = CommandPoolCreateFlags.Transient,
                QueueFamilyIndex = context.ComputeQueueFamily,
            };
            VulkanException.ThrowIfFailed(Vk.CreateCommandPool(device, commandPoolInfo, null, out commandPool), "vkCreateCommandPool");

            CommandBufferAllocateInfo commandBufferInfo = new()
            {
                SType = StructureType.CommandBufferAllocateInfo,
                CommandPool = commandPool,
                Level = CommandBufferLevel.Primary,
                CommandBufferCount = 1,
            };
            VulkanException.ThrowIfFailed(Vk.AllocateCommandBuffers(device, commandBufferInfo, plan.CommandBuffers), "vkAllocateCommandBuffers");
            Record(plan.CommandBuffers[0], plan, pipeline, pipelineLayout, descriptorSet);

            FenceCreateInfo fenceInfo = new() { SType = StructureType.FenceCreateInfo };
            VulkanException.ThrowIfFailed(Vk.CreateFence(device, fenceInfo, null, out fence), "vkCreateFence");

            SubmitInfo submit = new()
            {
                SType = StructureType.SubmitInfo,
                CommandBuffers = plan.CommandBuffers,
            };
            VulkanException.ThrowIfFailed(Vk.QueueSubmit(context.Queue, new ReadOnlySpan<SubmitInfo>(in submit), fence), "vkQueueSubmit");
            VulkanException.ThrowIfFailed(Vk.WaitForFences(device, new ReadOnlySpan<Fence>(in fence), 1, FenceTimeoutNanoseconds), "vkWaitForFences");

            return CountMismatches(inputValues, outputValues, plan);
        }
        finally
        {
            // Nothing may still be executing when its objects go; destroying a null handle is a no-op.
            Vk.DeviceWaitIdle(device);
            Vk.DestroyFence(device, fence, null);
            Vk.DestroyCommandPool(device, commandPool, null);
            Vk.DestroyPipeline(device, pipeline, null);
            Vk.DestroyPipelineLayout(device, pipelineLayout, null);
            Vk.DestroyDescriptorPool(device, descriptorPool, null);
            Vk.DestroyDescriptorSetLayout(device, setLayout, null);
            Vk.DestroyShaderModule(device, shaderModule, null);
            Vk.DestroyBuffer(device, output, null);
            Vk.DestroyBuffer(device, input, null);
            if (!outputMemory.IsNull) Vk.UnmapMemory(device, outputMemory);
            if (!inputMemory.IsNull) Vk.UnmapMemory(device, inputMemory);
            Vk.FreeMemory(device, outputMemory, null);
            Vk.FreeMemory(device, inputMemory, null);
            plan.SetLayouts[0] = default;
            plan.CommandBuffers[0] = default;
        }
    }

    private static Buffer CreateBuffer(Device device, ComputeJobPlan plan)
    {
        BufferCreateInfo createInfo = new()
        {
            SType = StructureType.BufferCreateInfo,
            Size = plan.BufferSize,
            Usage = BufferUsageFlags.StorageBuffer,
            SharingMode = plan.SharingMode,
            QueueFamilyIndices = plan.QueueFamilyIndices,
        };
        VulkanException.ThrowIfFailed(Vk.CreateBuffer(device, createInfo, null, out Buffer buffer), "vkCreateBuffer");
        return buffer;
    }

    private static void* AllocateAndMap(VulkanContext context, Buffer buffer, out DeviceMemory memory)
    {
        Device device = context.Device;
        Vk.GetBufferMemoryRequirements(device, buffer, out MemoryRequirements requirements);
        // Host-visible and coherent: the host writes inputs and reads results without flushes.
        int memoryType = context.MemoryProperties.FindMemoryType(requirements.MemoryTypeBits, MemoryPropertyFlags.HostVisible | MemoryPropertyFlags.HostCoherent);
        if (memoryType < 0) throw new VulkanException("vkGetPhysicalDeviceMemoryProperties (no host-visible coherent memory type)", Result.ErrorFeatureNotPresent);

        MemoryAllocateInfo allocateInfo = new()
        {
            SType = StructureType.MemoryAllocateInfo,
            AllocationSize = requirements.Size,
            MemoryTypeIndex = (uint)memoryType,
        };
        VulkanException.ThrowIfFailed(Vk.AllocateMemory(device, allocateInfo, null, out memory), "vkAllocateMemory");
        VulkanException.ThrowIfFailed(Vk.BindBufferMemory(device, buffer, memory, 0), "vkBindBufferMemory");
        VulkanException.ThrowIfFailed(Vk.MapMemory(device, memory, 0, requirements.Size, 0, out void* data), "vkMapMemory");
        return data;
    }

    private static void WriteDescriptors(Device device, ComputeJobPlan plan, DescriptorSet descriptorSet, Buffer input, Buffer output)
    {
        // The plan's writes are reused so the run allocates nothing; staging sets each DescriptorCount from BufferInfo.
        WriteDescriptorSet[] writes = plan.DescriptorWrites;
        writes[0].DstSet = descriptorSet;
        writes[0].BufferInfo![0].Buffer = input;
        writes[1].DstSet = descriptorSet;
        writes[1].BufferInfo![0].Buffer = output;
        Vk.UpdateDescriptorSets(device, writes, 0, null);
    }

    private static void Record(CommandBuffer commandBuffer, ComputeJobPlan plan, Pipeline pipeline, PipelineLayout pipelineLayout, DescriptorSet descriptorSet)
    {
        CommandBufferBeginInfo beginInfo = new()
        {
            SType = StructureType.CommandBufferBeginInfo,
            Flags = CommandBufferUsageFlags.OneTimeSubmit,
        };
        VulkanException.ThrowIfFailed(Vk.BeginCommandBuffer(commandBuffer, beginInfo), "vkBeginCommandBuffer");
        Vk.CmdBindPipeline(commandBuffer, PipelineBindPoint.Compute, pipeline);
        Vk.CmdBindDescriptorSets(commandBuffer, PipelineBindPoint.Compute, pipelineLayout, 0, new ReadOnlySpan<DescriptorSet>(in descriptorSet), default);

        ReadOnlySpan<uint> pushConstants = stackalloc uint[] { plan.Factor, (uint)plan.ElementCount };
        Vk.CmdPushConstants(commandBuffer, pipelineLayout, ShaderStageFlags.Compute, 0, pushConstants);
        Vk.CmdDispatch(commandBuffer, plan.GroupCount, 1, 1);

        // Make the shader's writes visible to the host before the fence lets it read them.
        MemoryBarrier toHost = new()
        {
            SType = StructureType.MemoryBarrier,
            SrcAccessMask = AccessFlags.ShaderWrite,
            DstAccessMask = AccessFlags.HostRead,
        };
        Vk.CmdPipelineBarrier(commandBuffer, PipelineStageFlags.ComputeShader, PipelineStageFlags.Host, DependencyFlags.None,
            new ReadOnlySpan<MemoryBarrier>(in toHost), 0, null, 0, null);
        VulkanException.ThrowIfFailed(Vk.EndCommandBuffer(commandBuffer), "vkEndCommandBuffer");
    }

    private static long CountMismatches(uint* input, uint* output, ComputeJobPlan plan)
    {
        long mismatches = 0;
        for (int i = 0; i < plan.ElementCount; i++)
        {
            uint expected = unchecked(input[i] * plan.Factor + plan.Offset);
            if (output[i] != expected) mismatches++;
        }
        return mismatches;
    }
}
