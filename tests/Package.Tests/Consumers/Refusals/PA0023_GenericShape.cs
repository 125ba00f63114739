// Expect: PA0023
using ParamArena;

namespace Cases.PA0023.Generic;

[ArenaStruct]
public partial struct Box<T>
{
    public int X;
}
