using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkInstanceCreateInfo: the application, layers and extensions of a new instance.</summary>
[ArenaStruct]
[ArenaStructureType(StructureType.InstanceCreateInfo)]
public unsafe partial struct InstanceCreateInfo
{
    /// <summary>Reserved (portability enumeration only); 0.</summary>
    public uint Flags;
    /// <summary>The application (staged as <c>const VkApplicationInfo* pApplicationInfo</c>), or null.</summary>
    public ApplicationInfo? ApplicationInfo;
    /// <summary>Layers to enable (staged as <c>enabledLayerCount</c> + <c>ppEnabledLayerNames</c>).</summary>
    public string[]? EnabledLayerNames;
    /// <summary>Instance extensions to enable (staged as <c>enabledExtensionCount</c> + <c>ppEnabledExtensionNames</c>).</summary>
    public string[]? EnabledExtensionNames;
}
