// Expect: PA0005
using ParamArena;

namespace Cases.PA0005.OutString;

public static unsafe partial class Lib
{
    [ArenaMarshal("libc.so.6", EntryPoint = "getcwd")]
    public static partial int GetCwd(out string text);
}
