// Expect: (none)
using ParamArena;

namespace Cases.TableUsage;

/// <summary>Two loaders with one shape, told apart by type, as Vulkan's instance and device levels are.</summary>
public readonly unsafe struct InstanceLoader(delegate* unmanaged<nint, byte*, nint> getProcAddr, nint instance) : IArenaFunctionLoader
{
    public nint Load(byte* name) => getProcAddr(instance, name);
}

public readonly unsafe struct DeviceLoader(delegate* unmanaged<nint, byte*, nint> getProcAddr, nint device) : IArenaFunctionLoader
{
    public nint Load(byte* name) => getProcAddr(device, name);
}

[ArenaFunctionTable(Loader = typeof(DeviceLoader))]
public sealed unsafe partial class DeviceCommands
{
    [ArenaMarshal(EntryPoint = "vkDeviceWaitIdle")]
    public partial int DeviceWaitIdle(nint device);
}
