using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkDebugUtilsLabelEXT: a named region of a queue or command buffer.</summary>
[ArenaStruct]
[ArenaStructureType(StructureType.DebugUtilsLabelEXT)]
public unsafe partial struct DebugUtilsLabelEXT
{
    /// <summary>The label.</summary>
    public string? LabelName;
    /// <summary>The label's color (float color[4]).</summary>
    public Rgba Color;

    /// <summary>An RGBA color, as <c>float[4]</c>.</summary>
    public struct Rgba
    {
        /// <summary>Red.</summary>
        public float R;
        /// <summary>Green.</summary>
        public float G;
        /// <summary>Blue.</summary>
        public float B;
        /// <summary>Alpha.</summary>
        public float A;
    }
}
