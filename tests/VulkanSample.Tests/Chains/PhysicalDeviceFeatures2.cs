using ParamArena;
using VulkanBindings;

namespace VulkanSample.Tests.Chains;

/// <summary>VkPhysicalDeviceFeatures2: the head of the feature query chain <c>vkGetPhysicalDeviceFeatures2</c> fills.</summary>
[ArenaStruct]
[ArenaStructureType((StructureType)1000059000)] // VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_FEATURES_2
public partial struct PhysicalDeviceFeatures2
{
    /// <summary>The Vulkan 1.0 features.</summary>
    public PhysicalDeviceFeatures Features;
}
