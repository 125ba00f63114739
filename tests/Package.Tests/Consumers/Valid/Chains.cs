// Expect: (none)
using ParamArena;

namespace Cases.Chains;

public enum StructureType : uint { InstanceCreateInfo = 1, DeviceCreateInfo = 3, DebugInfo = 1000128004, ValidationFeatures = 1000247000 }

[ArenaStruct]
[ArenaStructureType(StructureType.InstanceCreateInfo)]
public partial struct InstanceCreateInfo { public uint Flags; public string[]? EnabledLayerNames; }

[ArenaStruct]
[ArenaStructureType(StructureType.DeviceCreateInfo)]
public partial struct DeviceCreateInfo { public uint Flags; }

[ArenaStruct]
[ArenaStructureType(StructureType.DebugInfo), ArenaExtends(typeof(InstanceCreateInfo))]
public partial struct DebugInfo { public uint Severity; }

[ArenaStruct]
[ArenaStructureType(StructureType.ValidationFeatures), ArenaExtends(typeof(InstanceCreateInfo), typeof(DeviceCreateInfo))]
public partial struct ValidationFeatures { public int[]? Enabled; }

// Two generic stubs of one class, and a generic and a plain overload: each generic stub's import is a sibling member.
public static unsafe partial class Vk
{
    [ArenaMarshal("vulkan", EntryPoint = "vkCreateInstance")]
    public static partial int CreateInstance<TChain>(in TChain createInfo, void* allocator, out nint instance)
        where TChain : struct, IArenaChain<TChain, InstanceCreateInfo>;

    [ArenaMarshal("vulkan", EntryPoint = "vkCreateInstance")]
    public static partial int CreateInstance(in InstanceCreateInfo createInfo, void* allocator, out nint instance, int unused);

    [ArenaMarshal("vulkan", EntryPoint = "vkCreateDevice")]
    public static partial int CreateDevice<TChain>(nint physicalDevice, in TChain createInfo, void* allocator, out nint device)
        where TChain : struct, IArenaChain<TChain, DeviceCreateInfo>;
}

public static class Use
{
    public static ArenaChain<InstanceCreateInfo, ArenaChain<InstanceCreateInfo, InstanceCreateInfo, DebugInfo>, ValidationFeatures> Build() =>
        new InstanceCreateInfo { EnabledLayerNames = new[] { "VK_LAYER_KHRONOS_validation" } }
            .Then(new DebugInfo { Severity = 0x1111 })
            .Then(new ValidationFeatures { Enabled = new[] { 1, 2 } });
}
