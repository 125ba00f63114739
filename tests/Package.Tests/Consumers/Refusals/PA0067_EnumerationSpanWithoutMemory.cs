// Expect: PA0067
using System;
using ParamArena;

namespace Cases.PA0067;

public static partial class Lib
{
    [ArenaMarshal("vulkan", EntryPoint = "vkEnumeratePhysicalDevices")]
    public static partial int EnumeratePhysicalDevices(nint instance, [ArenaEnumerated(1)] out Span<nint> devices);
}
