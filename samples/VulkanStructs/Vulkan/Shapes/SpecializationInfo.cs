using System;
using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>VkSpecializationInfo: values for a shader's specialization constants.</summary>
[ArenaStruct]
public unsafe partial struct SpecializationInfo
{
    /// <summary>Where each constant sits in <see cref="Data"/> (staged as <c>mapEntryCount</c> + <c>pMapEntries</c>).</summary>
    public SpecializationMapEntry[] MapEntries;
    /// <summary>The constants' values (staged as <c>size_t dataSize</c>, in bytes, + <c>const void* pData</c>).</summary>
    [ArenaCount("dataSize", CountType = typeof(nuint), InBytes = true)]
    public uint[] Data;
}
