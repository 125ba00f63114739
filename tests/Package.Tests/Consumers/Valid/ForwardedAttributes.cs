// Expect: (none)
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ParamArena;

namespace Cases.ForwardedAttributes;

// [SuppressGCTransition] and [UnmanagedCallConv] reach the inner [DllImport] (checked in the generated file).
public static unsafe partial class Lib
{
    [ArenaMarshal("libc.so.6", EntryPoint = "getpid")]
    [SuppressGCTransition]
    public static partial int GetPid();

    [ArenaMarshal("libc.so.6", EntryPoint = "strlen")]
    [UnmanagedCallConv(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static partial nuint StrLen(string text);
}
