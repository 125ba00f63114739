using System.Runtime.InteropServices;

// A project written before ParamArena: MigrationTests runs 'dotnet format analyzers --diagnostics PA0027' on it.
static class LibC
{
    [DllImport("libc.so.6", EntryPoint = "strlen")]
    public static extern nuint StrLen(string text);

    [DllImport("libc.so.6", EntryPoint = "abs", CallingConvention = CallingConvention.Cdecl)]
    public static extern int Abs(int value);

    // Stays: [ArenaMarshal] does not receive strings through 'ref'.
    [DllImport("libc.so.6", EntryPoint = "strlen")]
    public static extern nuint Kept(ref string text);
}

static partial class Strings
{
    [LibraryImport("libc.so.6", EntryPoint = "strcmp", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Compare(string left, string right);
}
