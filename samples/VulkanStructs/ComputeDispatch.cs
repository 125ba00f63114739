using System;
using System.Runtime.InteropServices;
using ParamArena;
using VulkanBindings;
using Buffer = VulkanBindings.Buffer;

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
        DeviceCommands vk = context.Commands;
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
            input = CreateBuffer(vk, device, plan);
            output = CreateBuffer(vk, device, plan);
            uint* inputValues = (uint*)AllocateAndMap(context, input, out inputMemory);
            uint* outputValues = (uint*)AllocateAndMap(context, output, out outputMemory);
            for (int i = 0; i < plan.ElementCount; i++)
            {
                inputValues[i] = ((uint)i * 2654435761u) ^ seed;
                outputValues[i] = Sentinel;
            }

            ShaderModuleCreateInfo shaderInfo = new()
            {
                Code = plan.ShaderWords,
            };
            VulkanException.ThrowIfFailed(vk.CreateShaderModule(device, in shaderInfo, null, out shaderModule), "vkCreateShaderModule");

            DescriptorSetLayoutCreateInfo layoutInfo = new()
            {
                Bindings = plan.Bindings,
            };
            VulkanException.ThrowIfFailed(vk.CreateDescriptorSetLayout(device, in layoutInfo, null, out setLayout), "vkCreateDescriptorSetLayout");
            plan.SetLayouts[0] = setLayout;

            DescriptorPoolCreateInfo poolInfo = new()
            {
                MaxSets = 1,
                PoolSizes = plan.PoolSizes,
            };
            VulkanException.ThrowIfFailed(vk.CreateDescriptorPool(device, in poolInfo, null, out descriptorPool), "vkCreateDescriptorPool");

            DescriptorSetAllocateInfo setInfo = new()
            {
                DescriptorPool = descriptorPool,
                SetLayouts = plan.SetLayouts,
            };
            DescriptorSet descriptorSet = default;
            VulkanException.ThrowIfFailed(vk.AllocateDescriptorSets(device, in setInfo, new Span<DescriptorSet>(ref descriptorSet)), "vkAllocateDescriptorSets");
            WriteDescriptors(vk, device, plan, descriptorSet, input, output);

            PipelineLayoutCreateInfo pipelineLayoutInfo = new()
            {
                SetLayouts = plan.SetLayouts,
                PushConstantRanges = plan.PushConstantRanges,
            };
            VulkanException.ThrowIfFailed(vk.CreatePipelineLayout(device, in pipelineLayoutInfo, null, out pipelineLayout), "vkCreatePipelineLayout");

            ComputePipelineCreateInfo pipelineInfo = new()
            {
                Stage = new PipelineShaderStageCreateInfo
                {
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
                vk.CreateComputePipelines(device, default, 1, new ReadOnlySpan<ComputePipelineCreateInfo>(in pipelineInfo), null, new Span<Pipeline>(ref pipeline)),
                "vkCreateComputePipelines");

            CommandPoolCreateInfo commandPoolInfo = new()
            {
                Flags = CommandPoolCreateFlags.Transient,
                QueueFamilyIndex = context.ComputeQueueFamily,
            };
            VulkanException.ThrowIfFailed(vk.CreateCommandPool(device, in commandPoolInfo, null, out commandPool), "vkCreateCommandPool");

            CommandBufferAllocateInfo commandBufferInfo = new()
            {
                CommandPool = commandPool,
                Level = CommandBufferLevel.Primary,
                CommandBufferCount = 1,
            };
            VulkanException.ThrowIfFailed(vk.AllocateCommandBuffers(device, in commandBufferInfo, plan.CommandBuffers), "vkAllocateCommandBuffers");
            Record(vk, plan.CommandBuffers[0], plan, pipeline, pipelineLayout, descriptorSet);

            FenceCreateInfo fenceInfo = new();
            VulkanException.ThrowIfFailed(vk.CreateFence(device, in fenceInfo, null, out fence), "vkCreateFence");

            SubmitInfo submit = new()
            {
                CommandBuffers = plan.CommandBuffers,
            };
            VulkanException.ThrowIfFailed(vk.QueueSubmit(context.Queue, new ReadOnlySpan<SubmitInfo>(in submit), fence), "vkQueueSubmit");
            VulkanException.ThrowIfFailed(vk.WaitForFences(device, new ReadOnlySpan<Fence>(in fence), true, FenceTimeoutNanoseconds), "vkWaitForFences");

            return CountMismatches(inputValues, outputValues, plan);
        }
        finally
        {
            // Nothing may still be executing when its objects go; destroying a null handle is a no-op.
            vk.DeviceWaitIdle(device);
            vk.DestroyFence(device, fence, null);
            vk.DestroyCommandPool(device, commandPool, null);
            vk.DestroyPipeline(device, pipeline, null);
            vk.DestroyPipelineLayout(device, pipelineLayout, null);
            vk.DestroyDescriptorPool(device, descriptorPool, null);
            vk.DestroyDescriptorSetLayout(device, setLayout, null);
            vk.DestroyShaderModule(device, shaderModule, null);
            vk.DestroyBuffer(device, output, null);
            vk.DestroyBuffer(device, input, null);
            if (!outputMemory.IsNull) vk.UnmapMemory(device, outputMemory);
            if (!inputMemory.IsNull) vk.UnmapMemory(device, inputMemory);
            vk.FreeMemory(device, outputMemory, null);
            vk.FreeMemory(device, inputMemory, null);
            plan.SetLayouts[0] = default;
            plan.CommandBuffers[0] = default;
        }
    }

    private static Buffer CreateBuffer(DeviceCommands vk, Device device, ComputeJobPlan plan)
    {
        BufferCreateInfo createInfo = new()
        {
            Size = plan.BufferSize,
            Usage = BufferUsageFlags.StorageBuffer,
            SharingMode = plan.SharingMode,
            QueueFamilyIndices = plan.QueueFamilyIndices,
        };
        VulkanException.ThrowIfFailed(vk.CreateBuffer(device, in createInfo, null, out Buffer buffer), "vkCreateBuffer");
        return buffer;
    }

    private static void* AllocateAndMap(VulkanContext context, Buffer buffer, out DeviceMemory memory)
    {
        Device device = context.Device;
        DeviceCommands vk = context.Commands;
        vk.GetBufferMemoryRequirements(device, buffer, out MemoryRequirements requirements);
        // Host-visible and coherent: the host writes inputs and reads results without flushes.
        int memoryType = FindMemoryType(context.MemoryProperties, requirements.MemoryTypeBits, MemoryPropertyFlags.HostVisible | MemoryPropertyFlags.HostCoherent);
        if (memoryType < 0) throw new VulkanException("vkGetPhysicalDeviceMemoryProperties (no host-visible coherent memory type)", Result.ErrorFeatureNotPresent);

        MemoryAllocateInfo allocateInfo = new()
        {
            AllocationSize = requirements.Size,
            MemoryTypeIndex = (uint)memoryType,
        };
        VulkanException.ThrowIfFailed(vk.AllocateMemory(device, in allocateInfo, null, out memory), "vkAllocateMemory");
        VulkanException.ThrowIfFailed(vk.BindBufferMemory(device, buffer, memory, 0), "vkBindBufferMemory");
        VulkanException.ThrowIfFailed(vk.MapMemory(device, memory, 0, requirements.Size, 0, out void* data), "vkMapMemory");
        return data;
    }

    private static void WriteDescriptors(DeviceCommands vk, Device device, ComputeJobPlan plan, DescriptorSet descriptorSet, Buffer input, Buffer output)
    {
        // The plan's writes are reused so the run allocates nothing; staging writes each DescriptorCount from BufferInfo's length.
        WriteDescriptorSet[] writes = plan.DescriptorWrites;
        writes[0].DstSet = descriptorSet;
        writes[0].BufferInfo![0].Buffer = input;
        writes[1].DstSet = descriptorSet;
        writes[1].BufferInfo![0].Buffer = output;
        vk.UpdateDescriptorSets(device, writes, default);
    }

    /// <summary>The first memory type <paramref name="typeBits"/> allows that has every one of <paramref name="wanted"/>, or -1.</summary>
    private static int FindMemoryType(in PhysicalDeviceMemoryProperties properties, uint typeBits, MemoryPropertyFlags wanted)
    {
        for (int i = 0; i < (int)properties.MemoryTypeCount; i++)
        {
            if ((typeBits & (1u << i)) != 0 && (properties.MemoryTypes[i].PropertyFlags & wanted) == wanted) return i;
        }
        return -1;
    }

    private static void Record(DeviceCommands vk, CommandBuffer commandBuffer, ComputeJobPlan plan, Pipeline pipeline, PipelineLayout pipelineLayout, DescriptorSet descriptorSet)
    {
        CommandBufferBeginInfo beginInfo = new()
        {
            Flags = CommandBufferUsageFlags.OneTimeSubmit,
        };
        VulkanException.ThrowIfFailed(vk.BeginCommandBuffer(commandBuffer, in beginInfo), "vkBeginCommandBuffer");
        vk.CmdBindPipeline(commandBuffer, PipelineBindPoint.Compute, pipeline);
        vk.CmdBindDescriptorSets(commandBuffer, PipelineBindPoint.Compute, pipelineLayout, 0, new ReadOnlySpan<DescriptorSet>(in descriptorSet), default);

        ReadOnlySpan<uint> pushConstants = stackalloc uint[] { plan.Factor, (uint)plan.ElementCount };
        vk.CmdPushConstants(commandBuffer, pipelineLayout, ShaderStageFlags.Compute, 0, MemoryMarshal.AsBytes(pushConstants));
        vk.CmdDispatch(commandBuffer, plan.GroupCount, 1, 1);

        // Make the shader's writes visible to the host before the fence lets it read them.
        MemoryBarrier toHost = new()
        {
            SrcAccessMask = AccessFlags.ShaderWrite,
            DstAccessMask = AccessFlags.HostRead,
        };
        vk.CmdPipelineBarrier(commandBuffer, PipelineStageFlags.ComputeShader, PipelineStageFlags.Host, DependencyFlags.None,
            new ReadOnlySpan<MemoryBarrier>(in toHost), default, default);
        VulkanException.ThrowIfFailed(vk.EndCommandBuffer(commandBuffer), "vkEndCommandBuffer");
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
