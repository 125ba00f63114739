using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ParamArena.Generator.Tests.Native;

namespace ParamArena.Generator.Tests.Interop;

/// <summary>What one <see cref="Callbacks.OnScene"/> call received, kept for the test that made the native call.</summary>
public sealed class ReceivedScene
{
    /// <summary>The scene, read from <c>const Scene*</c>.</summary>
    public Scene Scene;

    /// <summary>The label, decoded from <c>const char*</c>.</summary>
    public string? Label;

    /// <summary>The items, built from a pointer and its count.</summary>
    public Item[]? Items;

    /// <summary>The optional item (null for a null pointer).</summary>
    public Item? Optional;

    /// <summary>The BOOL flag.</summary>
    public bool Flag;

    /// <summary>The user data pointer, as the native side passed it.</summary>
    public nint User;
}

/// <summary>[ArenaCallback] methods the test library calls back (see "callbacks" in paramarena_test.c).</summary>
public static unsafe partial class Callbacks
{
    /// <summary>What the last <see cref="OnScene"/> on this thread received.</summary>
    [ThreadStatic] public static ReceivedScene? LastScene;

    /// <summary>The value the last <see cref="NestedCall"/> got from its nested staged call.</summary>
    [ThreadStatic] public static int NestedLength;

    [ArenaCallback]
    internal static bool OnScene(in Scene scene, string? label, [ArenaCountParameter(3)] Item[] items, Item? optional, bool flag, void* user)
    {
        LastScene = new ReceivedScene { Scene = scene, Label = label, Items = items, Optional = optional, Flag = flag, User = (nint)user };
        return items.Length == 3;
    }

    [ArenaCallback]
    [UnmanagedCallConv(CallConvs = new[] { typeof(CallConvCdecl) })]
    internal static int Increment(int value) => value >= 0 ? value + 1 : throw new InvalidOperationException("negative " + value);

    [ArenaCallback]
    internal static bool AlwaysThrows(int value) => throw new NotSupportedException("thrown by AlwaysThrows " + value);

    /// <summary>Makes a staged [ArenaMarshal] call (a long name, staged in the arena) while the outer call's item is in use.</summary>
    [ArenaCallback]
    internal static int NestedCall(in Item item)
    {
        NestedLength = TestNative.ItemNameLength(new Item { Id = -1, Name = new string('n', 300) });
        return item.Id;
    }
}

/// <summary>Test library functions that take callbacks.</summary>
public static unsafe partial class TestNative
{
    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_call_with_scene")]
    internal static partial int CallWithScene(delegate* unmanaged<Scene.Native*, byte*, Item.Native*, int, Item.Native*, int, void*, int> callback, void* user, int withOptional);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_call_int")]
    internal static partial int CallInt(void* callback, int value);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_item_name_length")]
    internal static partial int ItemNameLength(in Item item);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_call_reentrant")]
    internal static partial int CallReentrant(in Item item, delegate* unmanaged<Item.Native*, int> callback);
}
