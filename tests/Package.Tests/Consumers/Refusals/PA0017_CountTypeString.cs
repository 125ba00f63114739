// Expect: PA0017
using ParamArena;

namespace Cases.PA0017.CountTypeString;

[ArenaStruct]
public partial struct Values
{
    [ArenaCount("Count", CountType = typeof(string))]
    public int[] Items;
}
