using System;
using System.Runtime.InteropServices;
using ParamArena.Generator.Tests.Native;

namespace ParamArena.Generator.Tests.Interop;

/// <summary>An enum passed straight through.</summary>
public enum Color
{
    /// <summary>Red.</summary>
    Red = 1,

    /// <summary>Green.</summary>
    Green = 2,
}

/// <summary>A handle over the test library's malloc'd ints.</summary>
public sealed class TestHandle : SafeHandle
{
    /// <summary>Creates an invalid handle (the generator sets it after the native call).</summary>
    public TestHandle() : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    /// <inheritdoc/>
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <inheritdoc/>
    protected override bool ReleaseHandle() => TestNative.CloseHandle(handle) != 0;
}

/// <summary>[ArenaMarshal] declarations of the test library's functions (see tests/native/shapes/paramarena_test.c).</summary>
public static unsafe partial class TestNative
{
    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_sizeof")]
    internal static partial long SizeOf(string type);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_offsetof")]
    internal static partial long OffsetOf(string type, string field);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_check_item")]
    internal static partial int CheckItem(Item item, int index);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_check_item_ptr")]
    internal static partial int CheckItemIn(in Item item, int index);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_check_item_ptr")]
    internal static partial int CheckOptionalItem(Item? item, int index);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_check_items")]
    internal static partial int CheckItems([ArenaCountParameter(1)] ReadOnlySpan<Item> items);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_check_items")]
    internal static partial int CheckItemArray([ArenaCountParameter(1)] Item[]? items);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_read_write_set")]
    internal static partial long ReadWriteSet(in WriteSet set);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_read_write_set")]
    internal static partial long ReadWriteSetKeepingCount(in WriteSetKeepingCount set);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_check_scene")]
    internal static partial int CheckScene(in Scene scene);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_check_instance")]
    internal static partial int CheckInstance(in InstanceInfo info);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_check_instance")]
    internal static partial int CheckInstanceRaw(InstanceInfo.Native* info);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_distance")]
    internal static partial long DistanceFrom(void* probe, in Item item);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_sum_i32")]
    internal static partial long Sum([ArenaCountParameter(1)] ReadOnlySpan<int> data);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_sum_i32")]
    internal static partial long SumArray([ArenaCountParameter(1)] int[]? data);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_byte_sum")]
    internal static partial long SumWithByteCount([ArenaCountParameter(1, CountType = typeof(int), InBytes = true)] int[] data);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_fill")]
    internal static partial void Fill([ArenaCountParameter(1, CountType = typeof(nuint))] Span<int> data, int value);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_is_null")]
    internal static partial int IsNull(ReadOnlySpan<byte> data);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_is_null")]
    internal static partial int IsNullArray(byte[]? data);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_increment")]
    internal static partial void Increment(ref int value);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_get_answer")]
    internal static partial void GetAnswer(out long value);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_twice")]
    internal static partial double Twice(in double value);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_get_static_text")]
    internal static partial void GetStaticText(out void* text);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_advance")]
    internal static partial int Advance(ref byte* cursor, int steps);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_peek")]
    internal static partial int Peek(in byte* cursor);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_twice")]
    internal static partial double TwiceReadOnly(ref readonly double value);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_utf8_length")]
    internal static partial nuint Utf8Length(string? text);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_hash_utf8")]
    internal static partial uint HashUtf8(string text);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_hash_utf16", StringMarshalling = StringMarshalling.Utf16)]
    internal static partial uint HashUtf16(string text);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_hash_strings")]
    internal static partial uint HashStrings([ArenaCountParameter(1)] string?[]? items);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_hash_strings")]
    internal static partial uint HashStringSpan([ArenaCountParameter(1)] ReadOnlySpan<string> items);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_bool_value")]
    internal static partial int BoolValue(bool value);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_byte_bool_value")]
    internal static partial int ByteBoolValue([MarshalAs(UnmanagedType.U1)] bool value);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_not")]
    internal static partial bool Not(bool value);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_toggle")]
    internal static partial void Toggle(ref bool value);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_next_char")]
    internal static partial char NextChar(char value);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_apply")]
    internal static partial int Apply(delegate* unmanaged<int, int> function, int value);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_greeting")]
    internal static partial string? Greeting();

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_enum_value")]
    internal static partial int EnumValue(Color color);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_set_errno", SetLastError = true)]
    internal static partial void SetErrno(int value);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_handle_open")]
    internal static partial TestHandle OpenHandle(int value);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_handle_open_out")]
    internal static partial void OpenHandleOut(int value, out TestHandle handle);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_handle_read")]
    internal static partial int ReadHandle(TestHandle handle);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_handle_close")]
    internal static partial int CloseHandle(nint handle);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_live_handles")]
    internal static partial int LiveHandles();

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_greeting_utf16", StringMarshalling = StringMarshalling.Utf16)]
    internal static partial string? GreetingUtf16(int which);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_hash_strings_utf16", StringMarshalling = StringMarshalling.Utf16)]
    internal static partial uint HashStringsUtf16([ArenaCountParameter(1)] string?[]? items);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_hash_mixed")]
    internal static partial uint HashMixed(string utf8, [MarshalAs(UnmanagedType.LPWStr)] string? utf16);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_check_wide")]
    internal static partial int CheckWide(in WideShape shape);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_sum_i32_byte_count")]
    internal static partial long SumWithByteCount8([ArenaCountParameter(1, CountType = typeof(byte))] int[] data);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_sum_i32_byte_count_calls")]
    internal static partial int SumWithByteCount8Calls();
}
