// Expect: PA0023
using ParamArena;

namespace Cases.PA0023.RefStruct;

[ArenaStruct]
public ref partial struct Span2
{
    public int X;
}
