using System.Runtime.InteropServices;

// A project written before ParamArena: MigrationTests runs 'dotnet format analyzers --diagnostics PA0027' on it.
static class LibC
{
    [DllImport("libc.so.6", EntryPoint = "strlen")]
    public static extern nuint StrLen(string text);

    [DllImport("libc.so.6", EntryPoint = "abs", CallingConvention = CallingConvention.Cdecl)]
    public static extern int Abs(int value);

    // Stays: [ArenaMarshal] passes strings by value or receives them through 'out' or 'ref', not 'in'.
    [DllImport("libc.so.6", EntryPoint = "strlen")]
    public static extern nuint Kept(in string text);
}

static partial class Strings
{
    [LibraryImport("libc.so.6", EntryPoint = "strcmp", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Compare(string left, string right);

    // realpath's result is malloc'd: LibraryImport frees it (Marshal.FreeCoTaskMem, free on Unix), and so must the stub.
    [LibraryImport("libc.so.6", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    public static partial string? RealPath(string path, nint resolved);
}
