// Expect: PA0011
using ParamArena;

namespace Cases.PA0011.NullLibrary;

public static unsafe partial class Lib
{
    [ArenaMarshal(null!, EntryPoint = "getpid")]
    public static partial int GetPid();
}
