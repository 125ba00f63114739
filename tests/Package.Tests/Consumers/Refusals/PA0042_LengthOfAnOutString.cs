// Expect: PA0042
using ParamArena;

namespace Cases.PA0042;

public static unsafe partial class Lib
{
    [ArenaMarshal("native", EntryPoint = "describe")]
    public static partial int Describe([ArenaCountParameter(1)] out string? text);
}
