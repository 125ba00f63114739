namespace VulkanStructs.Vulkan;

/// <summary>VkValidationFeatureEnableEXT: validation the layer does only when asked.</summary>
public enum ValidationFeatureEnableEXT
{
    /// <summary>VK_VALIDATION_FEATURE_ENABLE_GPU_ASSISTED_EXT.</summary>
    GpuAssisted = 0,
    /// <summary>VK_VALIDATION_FEATURE_ENABLE_GPU_ASSISTED_RESERVE_BINDING_SLOT_EXT.</summary>
    GpuAssistedReserveBindingSlot = 1,
    /// <summary>VK_VALIDATION_FEATURE_ENABLE_BEST_PRACTICES_EXT.</summary>
    BestPractices = 2,
    /// <summary>VK_VALIDATION_FEATURE_ENABLE_DEBUG_PRINTF_EXT.</summary>
    DebugPrintf = 3,
    /// <summary>VK_VALIDATION_FEATURE_ENABLE_SYNCHRONIZATION_VALIDATION_EXT: hazards between commands, barriers and the host.</summary>
    SynchronizationValidation = 4,
}
