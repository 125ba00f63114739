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

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_fill_extent")]
    internal static partial void FillExtent(out Extent extent, uint width);
}
