using System.Runtime.InteropServices;

namespace ParamArena.Generator.Tests.Interop;

/// <summary>A blittable struct used inside shapes: copied as it is.</summary>
public struct Vec2
{
    /// <summary>X.</summary>
    public float X;

    /// <summary>Y.</summary>
    public float Y;
}

/// <summary>A small shape with a string and a blittable struct.</summary>
[ArenaStruct]
public partial struct Item
{
    /// <summary>Identifier.</summary>
    public int Id;

    /// <summary>Name, staged as UTF-8.</summary>
    public string? Name;

    /// <summary>Position.</summary>
    public Vec2 Pos;
}

/// <summary>Exercises every shape field kind (see pa_check_scene in paramarena_test.c).</summary>
[ArenaStruct]
public unsafe partial struct Scene
{
    /// <summary>A plain value.</summary>
    public uint Kind;

    /// <summary>A nested shape, embedded by value.</summary>
    public Item Inline;

    /// <summary>An optional shape: a pointer, null when absent.</summary>
    public Item? Optional;

    /// <summary>An array of shapes.</summary>
    public Item[]? Items;

    /// <summary>Shares <c>WaitCount</c> with <see cref="Stages"/>, as VkSubmitInfo does.</summary>
    [ArenaCount("WaitCount")]
    public ulong[]? Waits;

    /// <summary>Shares <c>WaitCount</c> with <see cref="Waits"/>.</summary>
    [ArenaCount("WaitCount")]
    public uint[]? Stages;

    /// <summary>A byte count after the pointer, as VkShaderModuleCreateInfo's codeSize (but after).</summary>
    [ArenaCount("CodeSize", CountType = typeof(nuint), Position = ArenaCountPosition.AfterPointer, InBytes = true)]
    public uint[]? Code;

    /// <summary>A 4-byte BOOL.</summary>
    public bool Flag;

    /// <summary>A 1-byte bool.</summary>
    [MarshalAs(UnmanagedType.U1)]
    public bool SmallFlag;

    /// <summary>A UTF-16 code unit.</summary>
    public char Letter;

    /// <summary>A UTF-16 string.</summary>
    [MarshalAs(UnmanagedType.LPWStr)]
    public string? Wide;

    /// <summary>A string array with a 16-bit count after the pointer.</summary>
    [ArenaCount("TagCount", CountType = typeof(ushort), Position = ArenaCountPosition.AfterPointer)]
    public string?[]? Tags;
}

/// <summary>The end of a pNext chain; its own PNext is a raw pointer for anything staged by hand.</summary>
[ArenaStruct]
public unsafe partial struct ValidationFeatures
{
    /// <summary>Structure type.</summary>
    public uint SType;

    /// <summary>An arbitrary, already staged next structure.</summary>
    public void* PNext;

    /// <summary>Enabled features.</summary>
    [ArenaCount("EnabledCount")]
    public int[]? Enabled;
}

/// <summary>The first link of a pNext chain: typed next pointer to a different shape.</summary>
[ArenaStruct]
public unsafe partial struct DebugInfo
{
    /// <summary>Structure type.</summary>
    public uint SType;

    /// <summary>The next link.</summary>
    public ValidationFeatures? PNext;

    /// <summary>Severity mask.</summary>
    public uint Severity;

    /// <summary>A native-callable callback.</summary>
    public delegate* unmanaged<int, int> Callback;
}

/// <summary>VkApplicationInfo-like.</summary>
[ArenaStruct]
public unsafe partial struct AppInfo
{
    /// <summary>Structure type.</summary>
    public uint SType;

    /// <summary>Next pointer.</summary>
    public void* PNext;

    /// <summary>Application name.</summary>
    public string? ApplicationName;

    /// <summary>Application version.</summary>
    public uint ApplicationVersion;

    /// <summary>Engine name.</summary>
    public string? EngineName;

    /// <summary>Engine version.</summary>
    public uint EngineVersion;

    /// <summary>API version.</summary>
    public uint ApiVersion;
}

/// <summary>VkInstanceCreateInfo-like, with a two-shape pNext chain.</summary>
[ArenaStruct]
public unsafe partial struct InstanceInfo
{
    /// <summary>Structure type.</summary>
    public uint SType;

    /// <summary>The pNext chain.</summary>
    public DebugInfo? PNext;

    /// <summary>Flags.</summary>
    public uint Flags;

    /// <summary>Application info.</summary>
    public AppInfo? ApplicationInfo;

    /// <summary>Layers.</summary>
    [ArenaCount("EnabledLayerCount")]
    public string[]? EnabledLayerNames;

    /// <summary>Extensions.</summary>
    [ArenaCount("EnabledExtensionCount")]
    public string[]? EnabledExtensionNames;
}

/// <summary>A blittable struct like VkDescriptorBufferInfo.</summary>
public struct BufferRef
{
    /// <summary>Buffer handle.</summary>
    public ulong Buffer;

    /// <summary>Offset in bytes.</summary>
    public ulong Offset;

    /// <summary>Range in bytes.</summary>
    public ulong Range;
}

/// <summary>
/// Like VkWriteDescriptorSet: the shape declares its count field (before DescriptorType, as C does), and the
/// generator fills it from whichever of the optional arrays are non-null (see pa_read_write_set).
/// </summary>
[ArenaStruct]
public partial struct WriteSet
{
    /// <summary>Structure type.</summary>
    public uint SType;

    /// <summary>Extension chain.</summary>
    public nint PNext;

    /// <summary>Binding.</summary>
    public uint Binding;

    /// <summary>Written by the generator from the arrays' lengths.</summary>
    public uint DescriptorCount;

    /// <summary>Descriptor type.</summary>
    public uint DescriptorType;

    /// <summary>Optional shapes.</summary>
    [ArenaCount("DescriptorCount")]
    public Item[]? Items;

    /// <summary>Optional buffers.</summary>
    [ArenaCount("DescriptorCount")]
    public BufferRef[]? Buffers;

    /// <summary>Optional views.</summary>
    [ArenaCount("DescriptorCount")]
    public ulong[]? Views;
}

/// <summary>
/// <see cref="WriteSet"/> (the same C struct) with <c>KeepWhenNull</c>: with every array null, the count is the caller's
/// <see cref="DescriptorCount"/>, as for Vulkan's inline uniform blocks.
/// </summary>
[ArenaStruct]
public partial struct WriteSetKeepingCount
{
    /// <summary>Structure type.</summary>
    public uint SType;

    /// <summary>Extension chain.</summary>
    public nint PNext;

    /// <summary>Binding.</summary>
    public uint Binding;

    /// <summary>Written from the arrays' lengths, or kept when every array is null.</summary>
    public uint DescriptorCount;

    /// <summary>Descriptor type.</summary>
    public uint DescriptorType;

    /// <summary>Optional shapes.</summary>
    [ArenaCount(nameof(DescriptorCount), KeepWhenNull = true)]
    public Item[]? Items;

    /// <summary>Optional buffers.</summary>
    [ArenaCount(nameof(DescriptorCount), KeepWhenNull = true)]
    public BufferRef[]? Buffers;

    /// <summary>Optional views.</summary>
    [ArenaCount(nameof(DescriptorCount), KeepWhenNull = true)]
    public ulong[]? Views;
}

/// <summary>A shape whose strings are all UTF-16 (see pa_check_wide in paramarena_test.c).</summary>
[ArenaStruct(StringMarshalling = StringMarshalling.Utf16)]
public partial struct WideShape
{
    /// <summary>Identifier.</summary>
    public int Id;

    /// <summary>A UTF-16 string.</summary>
    public string? Name;

    /// <summary>A UTF-16 string array with its count before the pointer.</summary>
    [ArenaCount("NameCount")]
    public string?[]? Names;
}

/// <summary>A tree node whose children are nodes: a graph that can lead back to itself.</summary>
[ArenaStruct]
public partial struct TreeNode
{
    public int Value;
    public TreeNode[]? Children;
}
