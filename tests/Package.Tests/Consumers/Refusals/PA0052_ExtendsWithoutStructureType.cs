// Expect: PA0052
using ParamArena;

namespace Cases.PA0052;

[ArenaStruct, ArenaStructureType(1u)]
public partial struct InstanceCreateInfo
{
    public uint Flags;
}

// A link needs a structure type of its own.
[ArenaStruct, ArenaExtends(typeof(InstanceCreateInfo))]
public partial struct ValidationFeatures
{
    public int[]? Enabled;
}
