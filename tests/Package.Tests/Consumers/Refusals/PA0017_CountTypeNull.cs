// Expect: PA0017
using ParamArena;

namespace Cases.PA0017.CountTypeNull;

public static unsafe partial class Lib
{
    // "CountType = null" as the issue wrote it; the "!" only keeps the nullable warning (an error here) out of the way.
    [ArenaMarshal("native", EntryPoint = "sum")]
    public static partial long Sum([ArenaCountParameter(1, CountType = null!)] int[] values);
}
