// Expect: PA0024
using ParamArena;

namespace Cases.PA0024;

[ArenaStruct]
public partial struct Clash
{
    public int Native;
}
