using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>
/// The instance-level extension commands the sample calls, which the loader does not export: reached through
/// <c>vkGetInstanceProcAddr</c> for one instance.
/// </summary>
[ArenaFunctionTable]
public sealed unsafe partial class InstanceCommands
{
    /// <summary>vkCreateDebugUtilsMessengerEXT (VK_EXT_debug_utils).</summary>
    [ArenaMarshal(EntryPoint = "vkCreateDebugUtilsMessengerEXT")]
    public partial Result CreateDebugUtilsMessengerEXT(Instance instance, in DebugUtilsMessengerCreateInfoEXT createInfo, AllocationCallbacks* allocator, out DebugUtilsMessengerEXT messenger);

    /// <summary>vkDestroyDebugUtilsMessengerEXT (VK_EXT_debug_utils).</summary>
    [ArenaMarshal(EntryPoint = "vkDestroyDebugUtilsMessengerEXT")]
    public partial void DestroyDebugUtilsMessengerEXT(Instance instance, DebugUtilsMessengerEXT messenger, AllocationCallbacks* allocator);
}

/// <summary>Finds an instance's commands with <c>vkGetInstanceProcAddr</c>.</summary>
/// <param name="instance">The instance whose commands are loaded.</param>
public readonly unsafe struct InstanceProcAddrLoader(Instance instance) : IArenaFunctionLoader
{
    /// <inheritdoc />
    public nint Load(byte* name) => Vk.GetInstanceProcAddr(instance, name);
}
