// Expect: PA0009
using ParamArena;

namespace Cases.PA0009.Shape;

[ArenaStruct]
public partial struct Named
{
    public string? Name;
}
