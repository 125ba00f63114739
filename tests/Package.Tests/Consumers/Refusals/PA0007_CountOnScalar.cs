// Expect: PA0007
using ParamArena;

namespace Cases.PA0007;

public static unsafe partial class Lib
{
    [ArenaMarshal("native", EntryPoint = "counted")]
    public static partial int Counted([ArenaCountParameter(1)] int value);
}
