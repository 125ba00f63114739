// Expect: PA0020 PA0025
using ParamArena;

namespace Cases.PA0025.BadCount;

[ArenaStruct]
public partial struct Counted
{
    [ArenaCount("1x")]
    public int[] Items;
}

public static unsafe partial class Lib
{
    [ArenaMarshal("native", EntryPoint = "use_counted")]
    public static partial int Use(Counted value);
}
