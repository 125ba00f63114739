using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkDebugUtilsObjectNameInfoEXT: an object and its debug name (given to vkSetDebugUtilsObjectNameEXT, and reported in messages).</summary>
[ArenaStruct]
[ArenaStructureType(StructureType.DebugUtilsObjectNameInfoEXT)]
public unsafe partial struct DebugUtilsObjectNameInfoEXT
{
    /// <summary>The object's type.</summary>
    public ObjectType ObjectType;
    /// <summary>The object's handle, as a 64-bit value.</summary>
    public ulong ObjectHandle;
    /// <summary>The object's name; may be null.</summary>
    public string? ObjectName;
}
