using ParamArena;

namespace VulkanBindings;

/// <summary>Finds an instance's commands with <c>vkGetInstanceProcAddr</c>, for <see cref="InstanceCommands"/>.</summary>
/// <param name="instance">The instance whose commands are loaded.</param>
public readonly unsafe struct InstanceProcAddrLoader(Instance instance) : IArenaFunctionLoader
{
    /// <inheritdoc />
    public nint Load(byte* name) => Vk.GetInstanceProcAddr(instance, name);
}

/// <summary>Finds a device's commands with <c>vkGetDeviceProcAddr</c>, for <see cref="DeviceCommands"/>.</summary>
/// <param name="device">The device whose commands are loaded.</param>
public readonly unsafe struct DeviceProcAddrLoader(Device device) : IArenaFunctionLoader
{
    /// <inheritdoc />
    public nint Load(byte* name) => Vk.GetDeviceProcAddr(device, name);
}
