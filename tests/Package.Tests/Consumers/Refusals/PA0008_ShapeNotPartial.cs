// Expect: PA0008
using ParamArena;

namespace Cases.PA0008;

[ArenaStruct]
public struct Plain
{
    public string Name;
}
