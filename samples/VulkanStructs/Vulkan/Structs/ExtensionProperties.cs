using System;

namespace VulkanStructs.Vulkan;

/// <summary>VkExtensionProperties: one extension the loader, a driver or a layer offers.</summary>
public unsafe struct ExtensionProperties
{
    /// <summary>The extension's name: NUL-terminated UTF-8 in VK_MAX_EXTENSION_NAME_SIZE (256) bytes.</summary>
    public fixed byte ExtensionName[256];
    /// <summary>The extension's version.</summary>
    public uint SpecVersion;

    /// <summary>True when <see cref="ExtensionName"/> is <paramref name="name"/> (ASCII), without allocating.</summary>
    public readonly bool HasName(ReadOnlySpan<byte> name)
    {
        fixed (byte* extensionName = ExtensionName)
        {
            ReadOnlySpan<byte> bytes = new(extensionName, 256);
            int end = bytes.IndexOf((byte)0);
            return (end < 0 ? bytes : bytes[..end]).SequenceEqual(name);
        }
    }
}
