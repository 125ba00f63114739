// Expect: PA0015
using ParamArena;

namespace Cases.PA0015;

public static unsafe partial class Lib<T>
{
    [ArenaMarshal("libc.so.6", EntryPoint = "getpid")]
    public static partial int GetPid();
}
