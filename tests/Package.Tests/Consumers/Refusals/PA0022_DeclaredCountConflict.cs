// Expect: PA0022
using ParamArena;

namespace Cases.PA0022;

[ArenaStruct]
public partial struct Values
{
    public float Count;

    [ArenaCount("Count")]
    public int[] Items;
}
