using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkInstanceCreateInfo: the application, layers and extensions of a new instance.</summary>
[ArenaStruct]
public unsafe partial struct InstanceCreateInfo
{
    /// <summary><see cref="StructureType.InstanceCreateInfo"/>.</summary>
    public StructureType SType;
    /// <summary>Extension chain: a debug messenger that also reports on vkCreateInstance/vkDestroyInstance, or null.</summary>
    public DebugUtilsMessengerCreateInfoEXT? Next;
    /// <summary>Reserved (portability enumeration only); 0.</summary>
    public uint Flags;
    /// <summary>The application (staged as <c>const VkApplicationInfo* pApplicationInfo</c>), or null.</summary>
    public ApplicationInfo? ApplicationInfo;
    /// <summary>Layers to enable (staged as <c>enabledLayerCount</c> + <c>ppEnabledLayerNames</c>).</summary>
    public string[]? EnabledLayerNames;
    /// <summary>Instance extensions to enable (staged as <c>enabledExtensionCount</c> + <c>ppEnabledExtensionNames</c>).</summary>
    public string[]? EnabledExtensionNames;
}
