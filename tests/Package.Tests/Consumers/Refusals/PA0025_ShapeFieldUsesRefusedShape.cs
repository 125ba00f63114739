// Expect: PA0008 PA0025
using ParamArena;

namespace Cases.PA0025.Field;

[ArenaStruct]
public struct Inner
{
    public string? Name;
}

// A shape is not generated against a refused shape either.
[ArenaStruct]
public partial struct Outer
{
    public Inner Inner;
}
