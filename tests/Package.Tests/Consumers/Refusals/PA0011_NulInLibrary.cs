// Expect: PA0011
using ParamArena;

namespace Cases.PA0011.NulInLibrary;

public static unsafe partial class Lib
{
    [ArenaMarshal("libc.so.6\0evil", EntryPoint = "getpid")]
    public static partial int GetPid();
}
