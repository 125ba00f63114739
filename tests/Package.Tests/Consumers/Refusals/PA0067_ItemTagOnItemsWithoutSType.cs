// Expect: PA0067
using ParamArena;

namespace Cases.PA0067Tag;

public static partial class Lib
{
    [ArenaMarshal("vulkan", EntryPoint = "vkEnumeratePhysicalDevices")]
    public static partial int EnumeratePhysicalDevices(nint instance, [ArenaEnumerated(1, ItemTag = 5)] out ulong[] devices);
}
