using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ParamArena.Generator.Tests.Native;

namespace ParamArena.Generator.Tests.Interop;

/// <summary>
/// The same native functions declared twice, with [ArenaMarshal] and with [LibraryImport], each carrying an attribute
/// that changes how the call is made: the generator must forward it to its inner [DllImport] as LibraryImport does.
/// </summary>
public static unsafe partial class ForwardedAttributes
{
    [ArenaMarshal("libc.so.6", EntryPoint = "getpid")]
    [SuppressGCTransition]
    internal static partial int GetPid();

    [LibraryImport("libc.so.6", EntryPoint = "getpid")]
    [SuppressGCTransition]
    internal static partial int GetPidByLibraryImport();

    // int32_t pa_bool_value(int32_t b): a trivial C function, as SuppressGCTransition requires.
    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_bool_value")]
    [SuppressGCTransition]
    internal static partial int Identity(int value);

    [ArenaMarshal("libc.so.6", EntryPoint = "strlen")]
    [UnmanagedCallConv(CallConvs = new[] { typeof(CallConvCdecl) })]
    internal static partial nuint StrLen(string text);

    [LibraryImport("libc.so.6", EntryPoint = "strlen", StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = new[] { typeof(CallConvCdecl) })]
    internal static partial nuint StrLenByLibraryImport(string text);

    // Both at once: a staged string and a GC transition suppressed (strlen neither blocks nor calls back).
    [ArenaMarshal("libc.so.6", EntryPoint = "strlen")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = new[] { typeof(CallConvCdecl) })]
    internal static partial nuint StrLenWithoutTransition(string text);
}
