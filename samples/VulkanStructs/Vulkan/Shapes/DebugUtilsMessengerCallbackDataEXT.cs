using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkDebugUtilsMessengerCallbackDataEXT: what the validation layer hands the messenger callback.</summary>
/// <remarks>The messenger's generated trampoline reads it into managed copies; the layer's memory is valid only during the callback.</remarks>
[ArenaStruct]
[ArenaStructureType(StructureType.DebugUtilsMessengerCallbackDataEXT)]
public unsafe partial struct DebugUtilsMessengerCallbackDataEXT
{
    /// <summary>Reserved.</summary>
    public uint Flags;
    /// <summary>The message's identifier (a VUID for validation errors); may be null.</summary>
    public string? MessageIdName;
    /// <summary>The message's numeric identifier.</summary>
    public int MessageIdNumber;
    /// <summary>The message text.</summary>
    public string? Message;
    /// <summary>Active queue labels.</summary>
    [ArenaCount("QueueLabelCount")]
    public DebugUtilsLabelEXT[]? QueueLabels;
    /// <summary>Active command-buffer labels.</summary>
    [ArenaCount("CmdBufLabelCount")]
    public DebugUtilsLabelEXT[]? CmdBufLabels;
    /// <summary>The objects the message is about.</summary>
    [ArenaCount("ObjectCount")]
    public DebugUtilsObjectNameInfoEXT[]? Objects;
}
