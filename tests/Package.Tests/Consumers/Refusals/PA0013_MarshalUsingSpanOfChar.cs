// Expect: PA0013
using System;
using System.Runtime.InteropServices;
using System.Runtime.InteropServices.Marshalling;
using System.Text;
using ParamArena;

namespace Cases.PA0013;

/// <summary>A custom marshaller as a [LibraryImport] user writes it (the runtime's own of this name is internal).</summary>
[CustomMarshaller(typeof(ReadOnlySpan<char>), MarshalMode.ManagedToUnmanagedIn, typeof(SpanOfCharAsUtf8StringMarshaller))]
public static unsafe class SpanOfCharAsUtf8StringMarshaller
{
    public static byte* ConvertToUnmanaged(ReadOnlySpan<char> managed)
    {
        byte* native = (byte*)NativeMemory.Alloc((nuint)Encoding.UTF8.GetMaxByteCount(managed.Length) + 1);
        int written = Encoding.UTF8.GetBytes(managed, new Span<byte>(native, Encoding.UTF8.GetMaxByteCount(managed.Length)));
        native[written] = 0;
        return native;
    }

    public static void Free(byte* unmanaged) => NativeMemory.Free(unmanaged);
}

public static unsafe partial class Lib
{
    // Once accepted and passed as a raw, unterminated UTF-16 char*: mkdir received "/" instead of the path.
    [ArenaMarshal("libc.so.6", EntryPoint = "mkdir")]
    public static partial int MkDir([MarshalUsing(typeof(SpanOfCharAsUtf8StringMarshaller))] ReadOnlySpan<char> path, uint mode);
}
