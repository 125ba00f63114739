namespace VulkanStructs.Vulkan;

/// <summary>VkStructureType: the tag in every extensible struct's <c>sType</c> field (only the values the sample uses).</summary>
public enum StructureType
{
    /// <summary>VK_STRUCTURE_TYPE_APPLICATION_INFO.</summary>
    ApplicationInfo = 0,
    /// <summary>VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO.</summary>
    InstanceCreateInfo = 1,
    /// <summary>VK_STRUCTURE_TYPE_DEVICE_QUEUE_CREATE_INFO.</summary>
    DeviceQueueCreateInfo = 2,
    /// <summary>VK_STRUCTURE_TYPE_DEVICE_CREATE_INFO.</summary>
    DeviceCreateInfo = 3,
    /// <summary>VK_STRUCTURE_TYPE_SUBMIT_INFO.</summary>
    SubmitInfo = 4,
    /// <summary>VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_INFO.</summary>
    MemoryAllocateInfo = 5,
    /// <summary>VK_STRUCTURE_TYPE_FENCE_CREATE_INFO.</summary>
    FenceCreateInfo = 8,
    /// <summary>VK_STRUCTURE_TYPE_BUFFER_CREATE_INFO.</summary>
    BufferCreateInfo = 12,
    /// <summary>VK_STRUCTURE_TYPE_SHADER_MODULE_CREATE_INFO.</summary>
    ShaderModuleCreateInfo = 16,
    /// <summary>VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_CREATE_INFO.</summary>
    PipelineShaderStageCreateInfo = 18,
    /// <summary>VK_STRUCTURE_TYPE_COMPUTE_PIPELINE_CREATE_INFO.</summary>
    ComputePipelineCreateInfo = 29,
    /// <summary>VK_STRUCTURE_TYPE_PIPELINE_LAYOUT_CREATE_INFO.</summary>
    PipelineLayoutCreateInfo = 30,
    /// <summary>VK_STRUCTURE_TYPE_DESCRIPTOR_SET_LAYOUT_CREATE_INFO.</summary>
    DescriptorSetLayoutCreateInfo = 32,
    /// <summary>VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO.</summary>
    DescriptorPoolCreateInfo = 33,
    /// <summary>VK_STRUCTURE_TYPE_DESCRIPTOR_SET_ALLOCATE_INFO.</summary>
    DescriptorSetAllocateInfo = 34,
    /// <summary>VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET.</summary>
    WriteDescriptorSet = 35,
    /// <summary>VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO.</summary>
    CommandPoolCreateInfo = 39,
    /// <summary>VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO.</summary>
    CommandBufferAllocateInfo = 40,
    /// <summary>VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO.</summary>
    CommandBufferBeginInfo = 42,
    /// <summary>VK_STRUCTURE_TYPE_MEMORY_BARRIER.</summary>
    MemoryBarrier = 46,
    /// <summary>VK_STRUCTURE_TYPE_DEBUG_UTILS_OBJECT_NAME_INFO_EXT.</summary>
    DebugUtilsObjectNameInfoEXT = 1000128000,
    /// <summary>VK_STRUCTURE_TYPE_DEBUG_UTILS_LABEL_EXT.</summary>
    DebugUtilsLabelEXT = 1000128002,
    /// <summary>VK_STRUCTURE_TYPE_DEBUG_UTILS_MESSENGER_CALLBACK_DATA_EXT.</summary>
    DebugUtilsMessengerCallbackDataEXT = 1000128003,
    /// <summary>VK_STRUCTURE_TYPE_DEBUG_UTILS_MESSENGER_CREATE_INFO_EXT.</summary>
    DebugUtilsMessengerCreateInfoEXT = 1000128004,
    /// <summary>VK_STRUCTURE_TYPE_VALIDATION_FEATURES_EXT.</summary>
    ValidationFeaturesEXT = 1000247000,
}
