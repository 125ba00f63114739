namespace VulkanStructs.Vulkan;

/// <summary>VkResult: what a Vulkan command returns. Negative values are errors.</summary>
public enum Result
{
    /// <summary>VK_SUCCESS.</summary>
    Success = 0,
    /// <summary>VK_NOT_READY.</summary>
    NotReady = 1,
    /// <summary>VK_TIMEOUT.</summary>
    Timeout = 2,
    /// <summary>VK_INCOMPLETE: the output array was too small for every item.</summary>
    Incomplete = 5,
    /// <summary>VK_ERROR_OUT_OF_HOST_MEMORY.</summary>
    ErrorOutOfHostMemory = -1,
    /// <summary>VK_ERROR_OUT_OF_DEVICE_MEMORY.</summary>
    ErrorOutOfDeviceMemory = -2,
    /// <summary>VK_ERROR_INITIALIZATION_FAILED.</summary>
    ErrorInitializationFailed = -3,
    /// <summary>VK_ERROR_DEVICE_LOST.</summary>
    ErrorDeviceLost = -4,
    /// <summary>VK_ERROR_MEMORY_MAP_FAILED.</summary>
    ErrorMemoryMapFailed = -5,
    /// <summary>VK_ERROR_LAYER_NOT_PRESENT.</summary>
    ErrorLayerNotPresent = -6,
    /// <summary>VK_ERROR_EXTENSION_NOT_PRESENT.</summary>
    ErrorExtensionNotPresent = -7,
    /// <summary>VK_ERROR_FEATURE_NOT_PRESENT.</summary>
    ErrorFeatureNotPresent = -8,
    /// <summary>VK_ERROR_INCOMPATIBLE_DRIVER: no installable client driver (ICD) was found.</summary>
    ErrorIncompatibleDriver = -9,
    /// <summary>VK_ERROR_TOO_MANY_OBJECTS.</summary>
    ErrorTooManyObjects = -10,
    /// <summary>VK_ERROR_FORMAT_NOT_SUPPORTED.</summary>
    ErrorFormatNotSupported = -11,
    /// <summary>VK_ERROR_FRAGMENTED_POOL.</summary>
    ErrorFragmentedPool = -12,
    /// <summary>VK_ERROR_UNKNOWN.</summary>
    ErrorUnknown = -13,
    /// <summary>VK_ERROR_OUT_OF_POOL_MEMORY.</summary>
    ErrorOutOfPoolMemory = -1000069000,
}
