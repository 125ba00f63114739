using System;

namespace VulkanStructs.Vulkan;

/// <summary>VkLayerProperties: one layer the loader can enable.</summary>
public unsafe struct LayerProperties
{
    /// <summary>The layer's name: NUL-terminated UTF-8 in VK_MAX_EXTENSION_NAME_SIZE (256) bytes.</summary>
    public fixed byte LayerName[256];
    /// <summary>The Vulkan version the layer was written against.</summary>
    public uint SpecVersion;
    /// <summary>The layer's own version.</summary>
    public uint ImplementationVersion;
    /// <summary>A description: NUL-terminated UTF-8 in VK_MAX_DESCRIPTION_SIZE (256) bytes.</summary>
    public fixed byte Description[256];

    /// <summary>True when <see cref="LayerName"/> is <paramref name="name"/> (ASCII), without allocating.</summary>
    public readonly bool HasName(ReadOnlySpan<byte> name)
    {
        fixed (byte* layerName = LayerName)
        {
            ReadOnlySpan<byte> bytes = new(layerName, 256);
            int end = bytes.IndexOf((byte)0);
            return (end < 0 ? bytes : bytes[..end]).SequenceEqual(name);
        }
    }
}
