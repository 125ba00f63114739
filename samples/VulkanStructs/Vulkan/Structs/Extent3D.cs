namespace VulkanStructs.Vulkan;

/// <summary>VkExtent3D: a width, height and depth.</summary>
public struct Extent3D
{
    /// <summary>Width.</summary>
    public uint Width;
    /// <summary>Height.</summary>
    public uint Height;
    /// <summary>Depth.</summary>
    public uint Depth;
}
