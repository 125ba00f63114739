// Expect: PA1006
using System;
using System.Runtime.InteropServices;
using ParamArena;

namespace Cases.PA1006;

// strtol's end pointer points into the text, which the stub staged in the arena and releases when it returns.
public static unsafe partial class Lib
{
    [ArenaMarshal("libc.so.6", EntryPoint = "strtol")]
    public static partial nint ParseLong([MarshalAs(UnmanagedType.LPUTF8Str)] ReadOnlySpan<char> text, out byte* end, int radix);
}
