using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ParamArena.Generator.Tests.Native;

namespace ParamArena.Generator.Tests.Interop;

/// <summary>A shape of blittable fields only (see Extent in paramarena_test.c): reading it back allocates nothing.</summary>
[ArenaStruct]
public partial struct Extent
{
    /// <summary>Width.</summary>
    public uint Width;

    /// <summary>Height.</summary>
    public uint Height;

    /// <summary>A 4-byte BOOL.</summary>
    public bool Valid;

    /// <summary>A UTF-16 code unit.</summary>
    public char Letter;

    /// <summary>Scale.</summary>
    public double Scale;

    /// <summary>An inline array: C's <c>float Extra[4]</c>, blittable as it is.</summary>
    public Float4 Extra;
}

/// <summary>Four floats in line (C's <c>float[4]</c>).</summary>
[InlineArray(4)]
public struct Float4
{
    private float _element0;
}

/// <summary>Fixed-size buffers inside a shape (see FixedInfo in paramarena_test.c).</summary>
[ArenaStruct]
public partial struct FixedInfo
{
    /// <summary>Identifier.</summary>
    public uint Id;

    /// <summary><c>char DeviceName[256]</c>, UTF-8.</summary>
    [ArenaFixedLength(256)]
    public string? DeviceName;

    /// <summary><c>float Color[4]</c>.</summary>
    [ArenaFixedLength(4)]
    public float[]? Color;

    /// <summary><c>uint8_t Uuid[16]</c>.</summary>
    [ArenaFixedLength(16)]
    public byte[]? Uuid;

    /// <summary><c>float Extra[4]</c> as an inline array.</summary>
    public Float4 Extra;

    /// <summary><c>char16_t Wide[8]</c>, UTF-16.</summary>
    [ArenaFixedLength(8)]
    [MarshalAs(UnmanagedType.LPWStr)]
    public string? Wide;

    /// <summary><c>int16_t Small[3]</c>.</summary>
    [ArenaFixedLength(3)]
    public short[]? Small;

    /// <summary>A pointer after the buffers.</summary>
    public string? Label;
}

/// <summary>Functions of the test library that fill, change or return shapes (the way back).</summary>
public static unsafe partial class TestNative
{
    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_rb_sizeof")]
    internal static partial long ReadBackSizeOf(string type);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_rb_offsetof")]
    internal static partial long ReadBackOffsetOf(string type, string field);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_fill_scene")]
    internal static partial void FillScene(out Scene scene);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_bump_scene")]
    internal static partial int BumpScene(ref Scene scene);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_make_item")]
    internal static partial Item MakeItem(int id);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_find_item")]
    internal static partial Item? FindItem(int index);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_fill_write_set")]
    internal static partial void FillWriteSet(out WriteSet set);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_fill_wide")]
    internal static partial void FillWide(out WideShape shape);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_fill_tree")]
    internal static partial void FillTree(out TreeNode root, int looped);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_check_fixed")]
    internal static partial int CheckFixed(in FixedInfo info);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_fixed_checks")]
    internal static partial int FixedChecks();

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_fill_fixed")]
    internal static partial void FillFixed(out FixedInfo info, int full);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_make_fixed")]
    internal static partial FixedInfo MakeFixed(uint id);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_fill_extent")]
    internal static partial void FillExtent(out Extent extent, uint width);
}
