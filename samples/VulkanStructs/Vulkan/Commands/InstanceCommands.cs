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

    /// <summary>vkSetDebugUtilsObjectNameEXT (VK_EXT_debug_utils): names an object in the layer's messages.</summary>
    [ArenaMarshal(EntryPoint = "vkSetDebugUtilsObjectNameEXT")]
    public partial Result SetDebugUtilsObjectNameEXT(Device device, in DebugUtilsObjectNameInfoEXT nameInfo);

    /// <summary>vkCmdBeginDebugUtilsLabelEXT (VK_EXT_debug_utils): opens a labelled region of a command buffer.</summary>
    [ArenaMarshal(EntryPoint = "vkCmdBeginDebugUtilsLabelEXT")]
    public partial void CmdBeginDebugUtilsLabelEXT(CommandBuffer commandBuffer, in DebugUtilsLabelEXT label);

    /// <summary>vkCmdEndDebugUtilsLabelEXT (VK_EXT_debug_utils): closes the region the last begin opened.</summary>
    [ArenaMarshal(EntryPoint = "vkCmdEndDebugUtilsLabelEXT")]
    public partial void CmdEndDebugUtilsLabelEXT(CommandBuffer commandBuffer);
}

/// <summary>Finds an instance's commands with <c>vkGetInstanceProcAddr</c>.</summary>
/// <param name="instance">The instance whose commands are loaded.</param>
public readonly unsafe struct InstanceProcAddrLoader(Instance instance) : IArenaFunctionLoader
{
    /// <inheritdoc />
    public nint Load(byte* name) => Vk.GetInstanceProcAddr(instance, name);
}
