using System;
using System.IO;
using System.Runtime.InteropServices;
using Xunit;
using Xunit.Abstractions;
using Buffer = VulkanBindings.Buffer;

namespace VulkanBindings.Tests;

/// <summary>
/// The compute sample's job (its SPIR-V: <c>output[i] = input[i] * factor + OFFSET</c>) written against the generated
/// bindings alone: buffers, memory, a shader module, descriptors, a compute pipeline with specialization constants,
/// push constants, a barrier, submit and fence, under the validation layer with no findings.
/// </summary>
public sealed unsafe class ComputeDispatchTests(ITestOutputHelper output)
{
    private const uint WorkgroupWidth = 64;
    private const uint Factor = 3;
    private const uint Offset = 7;
    private const int ElementCount = 10_000;

    [Fact]
    public void TheSampleShaderRunsOnGeneratedBindingsAndEveryElementIsRight()
    {
        using VulkanSession session = new();
        DeviceCommands vk = session.DeviceCommands;
        Device device = session.Device;
        session.InstanceCommands.GetPhysicalDeviceMemoryProperties(session.PhysicalDevice, out PhysicalDeviceMemoryProperties memoryProperties);
        ulong size = ElementCount * sizeof(uint);

        Buffer input = CreateBuffer(vk, device, size), results = CreateBuffer(vk, device, size);
        uint* inputValues = (uint*)AllocateAndMap(vk, device, memoryProperties, input, out DeviceMemory inputMemory);
        uint* outputValues = (uint*)AllocateAndMap(vk, device, memoryProperties, results, out DeviceMemory outputMemory);
        for (int i = 0; i < ElementCount; i++)
        {
            inputValues[i] = (uint)i * 2654435761u;
            outputValues[i] = 0xDEADBEEF;
        }

        byte[] spirv = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Shaders", "multiply_add.comp.spv"));
        ShaderModuleCreateInfo shaderInfo = new() { Code = MemoryMarshal.Cast<byte, uint>(spirv).ToArray() };
        VulkanSession.Check(vk.CreateShaderModule(device, in shaderInfo, null, out ShaderModule shader), "vkCreateShaderModule");

        DescriptorSetLayoutCreateInfo layoutInfo = new()
        {
            Bindings =
            [
                new DescriptorSetLayoutBinding { Binding = 0, DescriptorType = DescriptorType.StorageBuffer, DescriptorCount = 1, StageFlags = ShaderStageFlags.Compute },
                new DescriptorSetLayoutBinding { Binding = 1, DescriptorType = DescriptorType.StorageBuffer, DescriptorCount = 1, StageFlags = ShaderStageFlags.Compute },
            ],
        };
        VulkanSession.Check(vk.CreateDescriptorSetLayout(device, in layoutInfo, null, out DescriptorSetLayout setLayout), "vkCreateDescriptorSetLayout");
        DescriptorPoolCreateInfo poolInfo = new()
        {
            MaxSets = 1,
            PoolSizes = [new DescriptorPoolSize { Type = DescriptorType.StorageBuffer, DescriptorCount = 2 }],
        };
        VulkanSession.Check(vk.CreateDescriptorPool(device, in poolInfo, null, out DescriptorPool pool), "vkCreateDescriptorPool");
        DescriptorSetAllocateInfo setInfo = new() { DescriptorPool = pool, SetLayouts = [setLayout] };
        DescriptorSet set = default;
        VulkanSession.Check(vk.AllocateDescriptorSets(device, in setInfo, new Span<DescriptorSet>(ref set)), "vkAllocateDescriptorSets");

        // descriptorCount is written from BufferInfo's length (it keeps its own value only when every array is null).
        ReadOnlySpan<WriteDescriptorSet> writes =
        [
            new WriteDescriptorSet { DstSet = set, DstBinding = 0, DescriptorType = DescriptorType.StorageBuffer, BufferInfo = [new DescriptorBufferInfo { Buffer = input, Range = size }] },
            new WriteDescriptorSet { DstSet = set, DstBinding = 1, DescriptorType = DescriptorType.StorageBuffer, BufferInfo = [new DescriptorBufferInfo { Buffer = results, Range = size }] },
        ];
        vk.UpdateDescriptorSets(device, writes, default);

        PipelineLayoutCreateInfo pipelineLayoutInfo = new()
        {
            SetLayouts = [setLayout],
            PushConstantRanges = [new PushConstantRange { StageFlags = ShaderStageFlags.Compute, Offset = 0, Size = 2 * sizeof(uint) }],
        };
        VulkanSession.Check(vk.CreatePipelineLayout(device, in pipelineLayoutInfo, null, out PipelineLayout pipelineLayout), "vkCreatePipelineLayout");
        ComputePipelineCreateInfo pipelineInfo = new()
        {
            Stage = new PipelineShaderStageCreateInfo
            {
                Stage = ShaderStageFlags.Compute,
                Module = shader,
                Name = "main",
                SpecializationInfo = new SpecializationInfo
                {
                    MapEntries =
                    [
                        new SpecializationMapEntry { ConstantID = 0, Offset = 0, Size = sizeof(uint) },
                        new SpecializationMapEntry { ConstantID = 1, Offset = sizeof(uint), Size = sizeof(uint) },
                    ],
                    Data = MemoryMarshal.AsBytes<uint>([WorkgroupWidth, Offset]).ToArray(),
                },
            },
            Layout = pipelineLayout,
            BasePipelineIndex = -1,
        };
        Pipeline pipeline = default;
        VulkanSession.Check(vk.CreateComputePipelines(device, default, 1, new ReadOnlySpan<ComputePipelineCreateInfo>(in pipelineInfo), null, new Span<Pipeline>(ref pipeline)), "vkCreateComputePipelines");

        CommandPoolCreateInfo commandPoolInfo = new() { QueueFamilyIndex = session.QueueFamily };
        VulkanSession.Check(vk.CreateCommandPool(device, in commandPoolInfo, null, out CommandPool commandPool), "vkCreateCommandPool");
        CommandBufferAllocateInfo commandBufferInfo = new() { CommandPool = commandPool, Level = CommandBufferLevel.Primary, CommandBufferCount = 1 };
        CommandBuffer commandBuffer = default;
        VulkanSession.Check(vk.AllocateCommandBuffers(device, in commandBufferInfo, new Span<CommandBuffer>(ref commandBuffer)), "vkAllocateCommandBuffers");

        CommandBufferBeginInfo beginInfo = new() { Flags = CommandBufferUsageFlags.OneTimeSubmit };
        VulkanSession.Check(vk.BeginCommandBuffer(commandBuffer, in beginInfo), "vkBeginCommandBuffer");
        vk.CmdBindPipeline(commandBuffer, PipelineBindPoint.Compute, pipeline);
        vk.CmdBindDescriptorSets(commandBuffer, PipelineBindPoint.Compute, pipelineLayout, 0, new ReadOnlySpan<DescriptorSet>(in set), default);
        vk.CmdPushConstants(commandBuffer, pipelineLayout, ShaderStageFlags.Compute, 0, MemoryMarshal.AsBytes<uint>([Factor, ElementCount]));
        vk.CmdDispatch(commandBuffer, (ElementCount + WorkgroupWidth - 1) / WorkgroupWidth, 1, 1);
        MemoryBarrier toHost = new() { SrcAccessMask = AccessFlags.ShaderWrite, DstAccessMask = AccessFlags.HostRead };
        vk.CmdPipelineBarrier(commandBuffer, PipelineStageFlags.ComputeShader, PipelineStageFlags.Host, DependencyFlags.None,
            new ReadOnlySpan<MemoryBarrier>(in toHost), default, default);
        VulkanSession.Check(vk.EndCommandBuffer(commandBuffer), "vkEndCommandBuffer");

        FenceCreateInfo fenceInfo = new();
        VulkanSession.Check(vk.CreateFence(device, in fenceInfo, null, out Fence fence), "vkCreateFence");
        SubmitInfo submit = new() { CommandBuffers = [commandBuffer] };
        VulkanSession.Check(vk.QueueSubmit(session.Queue, new ReadOnlySpan<SubmitInfo>(in submit), fence), "vkQueueSubmit");
        VulkanSession.Check(vk.WaitForFences(device, new ReadOnlySpan<Fence>(in fence), true, 60_000_000_000), "vkWaitForFences");

        int mismatches = 0;
        for (int i = 0; i < ElementCount; i++)
        {
            if (outputValues[i] != unchecked(inputValues[i] * Factor + Offset)) mismatches++;
        }

        vk.DestroyFence(device, fence, null);
        vk.DestroyCommandPool(device, commandPool, null);
        vk.DestroyPipeline(device, pipeline, null);
        vk.DestroyPipelineLayout(device, pipelineLayout, null);
        vk.DestroyDescriptorPool(device, pool, null);
        vk.DestroyDescriptorSetLayout(device, setLayout, null);
        vk.DestroyShaderModule(device, shader, null);
        vk.DestroyBuffer(device, input, null);
        vk.DestroyBuffer(device, results, null);
        vk.UnmapMemory(device, inputMemory);
        vk.UnmapMemory(device, outputMemory);
        vk.FreeMemory(device, inputMemory, null);
        vk.FreeMemory(device, outputMemory, null);

        output.WriteLine($"{ElementCount} elements, {mismatches} mismatches; {session.Messages} messages, {session.Findings.Count} findings");
        Assert.Equal(0, mismatches);
        lock (session.Findings) Assert.Empty(session.Findings);
    }

    private static Buffer CreateBuffer(DeviceCommands vk, Device device, ulong size)
    {
        BufferCreateInfo info = new() { Size = size, Usage = BufferUsageFlags.StorageBuffer, SharingMode = SharingMode.Exclusive };
        VulkanSession.Check(vk.CreateBuffer(device, in info, null, out Buffer buffer), "vkCreateBuffer");
        return buffer;
    }

    private static void* AllocateAndMap(DeviceCommands vk, Device device, in PhysicalDeviceMemoryProperties properties, Buffer buffer, out DeviceMemory memory)
    {
        vk.GetBufferMemoryRequirements(device, buffer, out MemoryRequirements requirements);
        MemoryPropertyFlags wanted = MemoryPropertyFlags.HostVisible | MemoryPropertyFlags.HostCoherent;
        uint type = 0;
        while (type < properties.MemoryTypeCount && ((requirements.MemoryTypeBits & (1u << (int)type)) == 0 || (properties.MemoryTypes[(int)type].PropertyFlags & wanted) != wanted)) type++;
        Assert.True(type < properties.MemoryTypeCount, "no host-visible coherent memory type");
        MemoryAllocateInfo allocateInfo = new() { AllocationSize = requirements.Size, MemoryTypeIndex = type };
        VulkanSession.Check(vk.AllocateMemory(device, in allocateInfo, null, out memory), "vkAllocateMemory");
        VulkanSession.Check(vk.BindBufferMemory(device, buffer, memory, 0), "vkBindBufferMemory");
        VulkanSession.Check(vk.MapMemory(device, memory, 0, requirements.Size, 0, out void* data), "vkMapMemory");
        return data;
    }
}
