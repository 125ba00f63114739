// Expect: PA0052
using ParamArena;

namespace Cases.PA0052;

// A link needs a structure type of its own (and every head it names must be a shape with one).
[ArenaStruct, ArenaExtends(typeof(int))]
public partial struct ValidationFeatures
{
    public int[]? Enabled;
}
