using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkDebugUtilsMessengerCreateInfoEXT: which debug messages go to which callback.</summary>
/// <remarks>
/// Used twice by the sample: chained after an <see cref="InstanceCreateInfo"/> (it then covers
/// vkCreateInstance and vkDestroyInstance) and passed to vkCreateDebugUtilsMessengerEXT (everything in between).
/// </remarks>
[ArenaStruct]
[ArenaStructureType(StructureType.DebugUtilsMessengerCreateInfoEXT)]
[ArenaExtends(typeof(InstanceCreateInfo))]
public unsafe partial struct DebugUtilsMessengerCreateInfoEXT
{
    /// <summary>Reserved; 0.</summary>
    public uint Flags;
    /// <summary>The severities the callback receives.</summary>
    public DebugUtilsMessageSeverityFlagsEXT MessageSeverity;
    /// <summary>The message types the callback receives.</summary>
    public DebugUtilsMessageTypeFlagsEXT MessageType;
    /// <summary>PFN_vkDebugUtilsMessengerCallbackEXT: an <c>[UnmanagedCallersOnly]</c> method; returns VK_FALSE (0).</summary>
    public delegate* unmanaged<DebugUtilsMessageSeverityFlagsEXT, DebugUtilsMessageTypeFlagsEXT, DebugUtilsMessengerCallbackDataEXT*, void*, uint> UserCallback;
    /// <summary>Passed back to the callback.</summary>
    public void* UserData;
}
