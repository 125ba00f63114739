namespace VulkanStructs.Vulkan;

/// <summary>Names of the layers and extensions the sample enables.</summary>
public static class VkNames
{
    /// <summary>The loader's library name on Linux.</summary>
    public const string Library = "libvulkan.so.1";

    /// <summary>The Khronos validation layer.</summary>
    public const string ValidationLayer = "VK_LAYER_KHRONOS_validation";

    /// <summary>The debug-utils instance extension (the messenger).</summary>
    public const string DebugUtilsExtension = "VK_EXT_debug_utils";

    /// <summary>The validation-features instance extension (optional validation such as synchronization checks).</summary>
    public const string ValidationFeaturesExtension = "VK_EXT_validation_features";
}
