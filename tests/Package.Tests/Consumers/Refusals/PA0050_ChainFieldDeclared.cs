// Expect: PA0050
using ParamArena;

namespace Cases.PA0050;

public enum StructureType : uint { FenceCreateInfo = 8 }

// Staging writes SType and PNext of a shape with a structure type; declaring them is refused.
[ArenaStruct, ArenaStructureType(StructureType.FenceCreateInfo)]
public partial struct FenceCreateInfo
{
    public StructureType SType;
    public uint Flags;
}
