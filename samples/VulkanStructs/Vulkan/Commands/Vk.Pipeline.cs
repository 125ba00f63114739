using System;
using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>Vulkan commands, continued: shader modules, descriptors and compute pipelines.</summary>
public sealed unsafe partial class DeviceCommands
{
    /// <summary>vkCreateShaderModule.</summary>
    [ArenaMarshal(EntryPoint = "vkCreateShaderModule", Required = true)]
    public partial Result CreateShaderModule(Device device, in ShaderModuleCreateInfo createInfo, AllocationCallbacks* allocator, out ShaderModule shaderModule);

    /// <summary>vkDestroyShaderModule.</summary>
    [ArenaMarshal(EntryPoint = "vkDestroyShaderModule", Required = true)]
    public partial void DestroyShaderModule(Device device, ShaderModule shaderModule, AllocationCallbacks* allocator);

    /// <summary>vkCreateDescriptorSetLayout.</summary>
    [ArenaMarshal(EntryPoint = "vkCreateDescriptorSetLayout", Required = true)]
    public partial Result CreateDescriptorSetLayout(Device device, in DescriptorSetLayoutCreateInfo createInfo, AllocationCallbacks* allocator, out DescriptorSetLayout setLayout);

    /// <summary>vkDestroyDescriptorSetLayout.</summary>
    [ArenaMarshal(EntryPoint = "vkDestroyDescriptorSetLayout", Required = true)]
    public partial void DestroyDescriptorSetLayout(Device device, DescriptorSetLayout setLayout, AllocationCallbacks* allocator);

    /// <summary>vkCreateDescriptorPool.</summary>
    [ArenaMarshal(EntryPoint = "vkCreateDescriptorPool", Required = true)]
    public partial Result CreateDescriptorPool(Device device, in DescriptorPoolCreateInfo createInfo, AllocationCallbacks* allocator, out DescriptorPool descriptorPool);

    /// <summary>vkDestroyDescriptorPool (frees the pool's sets too).</summary>
    [ArenaMarshal(EntryPoint = "vkDestroyDescriptorPool", Required = true)]
    public partial void DestroyDescriptorPool(Device device, DescriptorPool descriptorPool, AllocationCallbacks* allocator);

    /// <summary>vkAllocateDescriptorSets: <paramref name="descriptorSets"/> has one slot per layout in <paramref name="allocateInfo"/>.</summary>
    [ArenaMarshal(EntryPoint = "vkAllocateDescriptorSets", Required = true)]
    public partial Result AllocateDescriptorSets(Device device, in DescriptorSetAllocateInfo allocateInfo, Span<DescriptorSet> descriptorSets);

    /// <summary>vkUpdateDescriptorSets: the writes are staged (count + array); copies are not used by the sample.</summary>
    [ArenaMarshal(EntryPoint = "vkUpdateDescriptorSets", Required = true)]
    public partial void UpdateDescriptorSets(
        Device device,
        [ArenaCountParameter(1, CountType = typeof(uint))] ReadOnlySpan<WriteDescriptorSet> descriptorWrites,
        uint descriptorCopyCount,
        void* descriptorCopies);

    /// <summary>vkCreatePipelineLayout.</summary>
    [ArenaMarshal(EntryPoint = "vkCreatePipelineLayout", Required = true)]
    public partial Result CreatePipelineLayout(Device device, in PipelineLayoutCreateInfo createInfo, AllocationCallbacks* allocator, out PipelineLayout pipelineLayout);

    /// <summary>vkDestroyPipelineLayout.</summary>
    [ArenaMarshal(EntryPoint = "vkDestroyPipelineLayout", Required = true)]
    public partial void DestroyPipelineLayout(Device device, PipelineLayout pipelineLayout, AllocationCallbacks* allocator);

    /// <summary>vkCreateComputePipelines: one pipeline per create-info, written to <paramref name="pipelines"/>.</summary>
    [ArenaMarshal(EntryPoint = "vkCreateComputePipelines", Required = true)]
    public partial Result CreateComputePipelines(
        Device device,
        PipelineCache pipelineCache,
        [ArenaCountParameter(2, CountType = typeof(uint))] ReadOnlySpan<ComputePipelineCreateInfo> createInfos,
        AllocationCallbacks* allocator,
        Span<Pipeline> pipelines);

    /// <summary>vkDestroyPipeline.</summary>
    [ArenaMarshal(EntryPoint = "vkDestroyPipeline", Required = true)]
    public partial void DestroyPipeline(Device device, Pipeline pipeline, AllocationCallbacks* allocator);
}
