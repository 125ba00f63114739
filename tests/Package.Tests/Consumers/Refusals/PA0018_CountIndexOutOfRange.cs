// Expect: PA0018
using ParamArena;

namespace Cases.PA0018;

public static unsafe partial class Lib
{
    [ArenaMarshal("native", EntryPoint = "sum")]
    public static partial long Sum([ArenaCountParameter(5)] int[] values);
}
