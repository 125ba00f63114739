// Expect: PA0001 PA0004
using System.Runtime.InteropServices;
using ParamArena;

namespace Cases.PA0004.DllImport;

public static unsafe partial class Lib
{
    [ArenaMarshal("libc.so.6", EntryPoint = "abs")]
    [DllImport("libc.so.6", EntryPoint = "abs")]
    public static extern int Abs(int value);
}
