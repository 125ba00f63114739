// Expect: PA0006
using ParamArena;

namespace Cases.PA0006;

[ArenaStruct]
public partial struct Holder
{
    public object Value;
}
