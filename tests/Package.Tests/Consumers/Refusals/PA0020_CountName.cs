// Expect: PA0020
using ParamArena;

namespace Cases.PA0020;

[ArenaStruct]
public partial struct Values
{
    [ArenaCount("1x")]
    public int[] Items;
}
