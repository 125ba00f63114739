// Expect: PA0004
using System.Runtime.InteropServices;
using ParamArena;

namespace Cases.PA0004;

public static unsafe partial class Lib
{
    [ArenaMarshal("libc.so.6", EntryPoint = "abs")]
    [LibraryImport("libc.so.6", EntryPoint = "abs")]
    public static partial int Abs(int value);
}
