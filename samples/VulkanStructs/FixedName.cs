using System;

namespace VulkanStructs;

/// <summary>Compares a NUL-terminated name Vulkan wrote into a fixed array (a layer or extension name) without decoding it.</summary>
internal static class FixedName
{
    /// <summary>True when <paramref name="field"/> holds exactly <paramref name="name"/> (UTF-8, before the NUL).</summary>
    public static bool Is(ReadOnlySpan<byte> field, ReadOnlySpan<byte> name)
    {
        int end = field.IndexOf((byte)0);
        return (end < 0 ? field : field[..end]).SequenceEqual(name);
    }
}
