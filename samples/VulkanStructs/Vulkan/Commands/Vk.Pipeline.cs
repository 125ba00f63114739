using System;
using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>Vulkan commands, continued: shader modules, descriptors and compute pipelines.</summary>
public static unsafe partial class Vk
{
    /// <summary>vkCreateShaderModule.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkCreateShaderModule")]
    public static partial Result CreateShaderModule(Device device, in ShaderModuleCreateInfo createInfo, AllocationCallbacks* allocator, out ShaderModule shaderModule);

    /// <summary>vkDestroyShaderModule.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkDestroyShaderModule")]
    public static partial void DestroyShaderModule(Device device, ShaderModule shaderModule, AllocationCallbacks* allocator);

    /// <summary>vkCreateDescriptorSetLayout.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkCreateDescriptorSetLayout")]
    public static partial Result CreateDescriptorSetLayout(Device device, in DescriptorSetLayoutCreateInfo createInfo, AllocationCallbacks* allocator, out DescriptorSetLayout setLayout);

    /// <summary>vkDestroyDescriptorSetLayout.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkDestroyDescriptorSetLayout")]
    public static partial void DestroyDescriptorSetLayout(Device device, DescriptorSetLayout setLayout, AllocationCallbacks* allocator);

    /// <summary>vkCreateDescriptorPool.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkCreateDescriptorPool")]
    public static partial Result CreateDescriptorPool(Device device, in DescriptorPoolCreateInfo createInfo, AllocationCallbacks* allocator, out DescriptorPool descriptorPool);

    /// <summary>vkDestroyDescriptorPool (frees the pool's sets too).</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkDestroyDescriptorPool")]
    public static partial void DestroyDescriptorPool(Device device, DescriptorPool descriptorPool, AllocationCallbacks* allocator);

    /// <summary>vkAllocateDescriptorSets: <paramref name="descriptorSets"/> has one slot per layout in <paramref name="allocateInfo"/>.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkAllocateDescriptorSets")]
    public static partial Result AllocateDescriptorSets(Device device, in DescriptorSetAllocateInfo allocateInfo, Span<DescriptorSet> descriptorSets);

    /// <summary>vkUpdateDescriptorSets: the writes are staged (count + array); copies are not used by the sample.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkUpdateDescriptorSets")]
    public static partial void UpdateDescriptorSets(
        Device device,
        [ArenaCountParameter(1, CountType = typeof(uint))] ReadOnlySpan<WriteDescriptorSet> descriptorWrites,
        uint descriptorCopyCount,
        void* descriptorCopies);

    /// <summary>vkCreatePipelineLayout.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkCreatePipelineLayout")]
    public static partial Result CreatePipelineLayout(Device device, in PipelineLayoutCreateInfo createInfo, AllocationCallbacks* allocator, out PipelineLayout pipelineLayout);

    /// <summary>vkDestroyPipelineLayout.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkDestroyPipelineLayout")]
    public static partial void DestroyPipelineLayout(Device device, PipelineLayout pipelineLayout, AllocationCallbacks* allocator);

    /// <summary>vkCreateComputePipelines: one pipeline per create-info, written to <paramref name="pipelines"/>.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkCreateComputePipelines")]
    public static partial Result CreateComputePipelines(
        Device device,
        PipelineCache pipelineCache,
        [ArenaCountParameter(2, CountType = typeof(uint))] ReadOnlySpan<ComputePipelineCreateInfo> createInfos,
        AllocationCallbacks* allocator,
        Span<Pipeline> pipelines);

    /// <summary>vkDestroyPipeline.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkDestroyPipeline")]
    public static partial void DestroyPipeline(Device device, Pipeline pipeline, AllocationCallbacks* allocator);
}
