// Expect: PA0021
using ParamArena;

namespace Cases.PA0021;

[ArenaStruct]
public partial struct Pair
{
    [ArenaCount("Count", CountType = typeof(uint))]
    public int[] Left;

    [ArenaCount("Count", CountType = typeof(ulong))]
    public int[] Right;
}
