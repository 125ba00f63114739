// Expect: PA0060
using ParamArena;

namespace Cases.PA0060;

[ArenaStruct]
public partial struct Viewports
{
    [ArenaCount("ViewportCount", KeepWhenNull = true)]
    public int[]? Items;
}
