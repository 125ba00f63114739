// Expect: (none)
using System;
using System.Runtime.InteropServices;
using ParamArena;

namespace Cases.Signatures;

// Signature forms the generated implementation must repeat exactly (defaults, params, ref readonly, keywords as
// names, escapes in the names it writes as literals, MarshalAs it implements, containers of every kind).
public static unsafe partial class Lib
{
    [ArenaMarshal("native", EntryPoint = "defaults")]
    public static partial int Defaults(int value = 5, string? text = null);

    [ArenaMarshal("native", EntryPoint = "sum")]
    public static partial int Sum(params int[] values);

    [ArenaMarshal("native", EntryPoint = "read")]
    public static partial int Read(ref readonly int value);

    [ArenaMarshal("native", EntryPoint = "event")]
    public static partial int @event(int @class, string @object);

    [ArenaMarshal("lib\"with\\quotes", EntryPoint = "entry\"point")]
    public static partial int Quoted();

    [ArenaMarshal("native", EntryPoint = "flag")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool Flag([MarshalAs(UnmanagedType.U1)] bool value);

    [ArenaMarshal("native", EntryPoint = "wide", SetLastError = true, StringMarshalling = StringMarshalling.Utf16)]
    public static partial int Wide(string text);

    [ArenaMarshal("native", EntryPoint = "secret")]
    private static partial int Secret(int value);

    public static int CallSecret() => Secret(1);
}

public partial interface IStatic
{
    [ArenaMarshal("native", EntryPoint = "in_interface")]
    public static partial int InInterface(int value);
}

public partial record struct Container
{
    [ArenaMarshal("native", EntryPoint = "in_record_struct")]
    public static partial int InRecordStruct(int value);

    public partial class Nested
    {
        [ArenaMarshal("native", EntryPoint = "in_nested")]
        public static partial int InNested(in Item item, Item? optional, Item[] items);
    }
}

[ArenaStruct]
public partial record struct Item(int Id, string? Name);
