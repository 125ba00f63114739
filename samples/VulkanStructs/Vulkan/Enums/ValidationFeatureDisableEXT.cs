namespace VulkanStructs.Vulkan;

/// <summary>VkValidationFeatureDisableEXT: validation the layer does unless told not to.</summary>
public enum ValidationFeatureDisableEXT
{
    /// <summary>VK_VALIDATION_FEATURE_DISABLE_ALL_EXT.</summary>
    All = 0,
    /// <summary>VK_VALIDATION_FEATURE_DISABLE_SHADERS_EXT.</summary>
    Shaders = 1,
    /// <summary>VK_VALIDATION_FEATURE_DISABLE_THREAD_SAFETY_EXT.</summary>
    ThreadSafety = 2,
    /// <summary>VK_VALIDATION_FEATURE_DISABLE_API_PARAMETERS_EXT.</summary>
    ApiParameters = 3,
    /// <summary>VK_VALIDATION_FEATURE_DISABLE_OBJECT_LIFETIMES_EXT.</summary>
    ObjectLifetimes = 4,
    /// <summary>VK_VALIDATION_FEATURE_DISABLE_CORE_CHECKS_EXT.</summary>
    CoreChecks = 5,
    /// <summary>VK_VALIDATION_FEATURE_DISABLE_UNIQUE_HANDLES_EXT.</summary>
    UniqueHandles = 6,
    /// <summary>VK_VALIDATION_FEATURE_DISABLE_SHADER_VALIDATION_CACHE_EXT.</summary>
    ShaderValidationCache = 7,
}
