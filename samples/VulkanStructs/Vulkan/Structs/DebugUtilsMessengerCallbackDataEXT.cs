namespace VulkanStructs.Vulkan;

/// <summary>VkDebugUtilsMessengerCallbackDataEXT: what the validation layer hands the messenger callback.</summary>
/// <remarks>Read-only native data: the layer owns it and it is valid only during the callback.</remarks>
public unsafe struct DebugUtilsMessengerCallbackDataEXT
{
    /// <summary><see cref="StructureType.DebugUtilsMessengerCallbackDataEXT"/>.</summary>
    public StructureType SType;
    /// <summary>Extension chain.</summary>
    public void* PNext;
    /// <summary>Reserved.</summary>
    public uint Flags;
    /// <summary>The message's identifier (a VUID for validation errors), NUL-terminated UTF-8; may be null.</summary>
    public byte* MessageIdName;
    /// <summary>The message's numeric identifier.</summary>
    public int MessageIdNumber;
    /// <summary>The message text, NUL-terminated UTF-8.</summary>
    public byte* Message;
    /// <summary>Number of queue labels.</summary>
    public uint QueueLabelCount;
    /// <summary>Active queue labels (VkDebugUtilsLabelEXT*).</summary>
    public void* QueueLabels;
    /// <summary>Number of command-buffer labels.</summary>
    public uint CmdBufLabelCount;
    /// <summary>Active command-buffer labels (VkDebugUtilsLabelEXT*).</summary>
    public void* CmdBufLabels;
    /// <summary>Number of related objects.</summary>
    public uint ObjectCount;
    /// <summary>Related objects (VkDebugUtilsObjectNameInfoEXT*).</summary>
    public void* Objects;
}
