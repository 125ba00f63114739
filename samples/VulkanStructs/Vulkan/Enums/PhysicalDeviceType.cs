namespace VulkanStructs.Vulkan;

/// <summary>VkPhysicalDeviceType: what kind of device a physical device is.</summary>
public enum PhysicalDeviceType
{
    /// <summary>VK_PHYSICAL_DEVICE_TYPE_OTHER.</summary>
    Other = 0,
    /// <summary>VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU.</summary>
    IntegratedGpu = 1,
    /// <summary>VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU.</summary>
    DiscreteGpu = 2,
    /// <summary>VK_PHYSICAL_DEVICE_TYPE_VIRTUAL_GPU.</summary>
    VirtualGpu = 3,
    /// <summary>VK_PHYSICAL_DEVICE_TYPE_CPU (lavapipe).</summary>
    Cpu = 4,
}
