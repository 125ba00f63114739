// Expect: PA0019
using ParamArena;

namespace Cases.PA0019;

public static unsafe partial class Lib
{
    [ArenaMarshal("native", EntryPoint = "pair")]
    public static partial long Pair([ArenaCountParameter(2)] int[] left, [ArenaCountParameter(2)] int[] right);
}
