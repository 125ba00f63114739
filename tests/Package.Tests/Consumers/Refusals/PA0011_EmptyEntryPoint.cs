// Expect: PA0011
using ParamArena;

namespace Cases.PA0011.EmptyEntryPoint;

public static unsafe partial class Lib
{
    [ArenaMarshal("libc.so.6", EntryPoint = "")]
    public static partial int GetPid();
}
