using System;
using System.Runtime.CompilerServices;

namespace VulkanStructs.Vulkan;

/// <summary>VkPhysicalDeviceMemoryProperties: the memory types and heaps of a physical device.</summary>
public struct PhysicalDeviceMemoryProperties
{
    /// <summary>How many entries of <see cref="MemoryTypes"/> are valid.</summary>
    public uint MemoryTypeCount;
    /// <summary>The memory types (VK_MAX_MEMORY_TYPES = 32 slots).</summary>
    public MemoryTypeArray MemoryTypes;
    /// <summary>How many entries of <see cref="MemoryHeaps"/> are valid.</summary>
    public uint MemoryHeapCount;
    /// <summary>The memory heaps (VK_MAX_MEMORY_HEAPS = 16 slots).</summary>
    public MemoryHeapArray MemoryHeaps;

    /// <summary>The index of the first memory type allowed by <paramref name="typeBits"/> that has every flag in <paramref name="required"/>, or -1.</summary>
    public readonly int FindMemoryType(uint typeBits, MemoryPropertyFlags required)
    {
        for (int i = 0; i < (int)Math.Min(MemoryTypeCount, 32u); i++)
        {
            if ((typeBits & (1u << i)) != 0 && (MemoryTypes[i].PropertyFlags & required) == required) return i;
        }
        return -1;
    }

    /// <summary>32 inline <see cref="MemoryType"/> slots.</summary>
    [InlineArray(32)]
    public struct MemoryTypeArray
    {
        private MemoryType _first;
    }

    /// <summary>16 inline <see cref="MemoryHeap"/> slots.</summary>
    [InlineArray(16)]
    public struct MemoryHeapArray
    {
        private MemoryHeap _first;
    }
}
