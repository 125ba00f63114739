// Expect: (none)
using System;
using System.Runtime.InteropServices;
using ParamArena;

namespace Cases.StringsBack;

// Strings handed back and spelled as spans: each form's generated body must compile in a user's project.
public static unsafe partial class Lib
{
    [ArenaMarshal("libc.so.6", EntryPoint = "getcwd", SetLastError = true)]
    public static partial nint GetCwd([ArenaStringBuffer(1, CapacityType = typeof(nuint))] out string? path);

    [ArenaMarshal("libc.so.6", EntryPoint = "readlink")]
    public static partial nint ReadLink(string path,
        [ArenaStringBuffer(2, CapacityType = typeof(nuint), TooSmall = ArenaBufferTooSmall.ReturnFillsCapacity), MarshalAs(UnmanagedType.LPWStr)] out string? target);

    [ArenaMarshal("libc.so.6", EntryPoint = "realpath")]
    [return: ArenaFree("free")]
    public static partial string? RealPath(string path, byte* resolved);

    [ArenaMarshal("native", EntryPoint = "describe", StringMarshalling = StringMarshalling.Utf16)]
    [return: ArenaFree]
    public static partial string Describe([ArenaFree("g_free", Library = "libglib-2.0.so.0")] out string? detail, [ArenaFree] ref string cursor);

    [ArenaMarshal("libsqlite3.so.0", EntryPoint = "sqlite3_bind_text")]
    public static partial int BindText(nint statement, int index, [ArenaCountParameter(3)] string? text, nint destructor);

    [ArenaMarshal("libsqlite3.so.0", EntryPoint = "sqlite3_bind_text16")]
    public static partial int BindText16(nint statement, int index,
        [ArenaCountParameter(3, InBytes = true), MarshalAs(UnmanagedType.LPWStr)] ReadOnlySpan<char> text, nint destructor);

    [ArenaMarshal("libc.so.6", EntryPoint = "strlen")]
    public static partial nuint StrLen([MarshalAs(UnmanagedType.LPUTF8Str)] ReadOnlySpan<byte> text);
}
