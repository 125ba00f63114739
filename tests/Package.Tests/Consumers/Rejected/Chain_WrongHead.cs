// Expect: CS0315
// What the user sees when an extension struct is attached to a head it does not extend: the compiler's CS0315, as
// DebugInfo is not IArenaExtends<DeviceCreateInfo> (only [ArenaExtends(typeof(InstanceCreateInfo))] was declared).
using ParamArena;

namespace Cases.ChainWrongHead;

public enum StructureType : uint { InstanceCreateInfo = 1, DeviceCreateInfo = 3, DebugInfo = 1000128004 }

[ArenaStruct, ArenaStructureType(StructureType.InstanceCreateInfo)]
public partial struct InstanceCreateInfo { public uint Flags; }

[ArenaStruct, ArenaStructureType(StructureType.DeviceCreateInfo)]
public partial struct DeviceCreateInfo { public uint Flags; }

[ArenaStruct, ArenaStructureType(StructureType.DebugInfo), ArenaExtends(typeof(InstanceCreateInfo))]
public partial struct DebugInfo { public uint Severity; }

public static class Use
{
    public static void Build()
    {
        var chain = new DeviceCreateInfo().Then(new DebugInfo { Severity = 1 });
        _ = chain;
    }
}
