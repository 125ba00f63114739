// Expect: PA0051
using ParamArena;

namespace Cases.PA0051;

[ArenaStruct, ArenaStructureType("VK_STRUCTURE_TYPE_FENCE_CREATE_INFO")]
public partial struct FenceCreateInfo
{
    public uint Flags;
}
