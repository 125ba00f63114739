using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>
/// The device-level commands the sample calls, reached through the addresses <c>vkGetDeviceProcAddr</c> returns for
/// one device (so calls skip the loader's dispatch trampoline). One table per device: <see cref="VulkanContext"/>
/// loads it right after <c>vkCreateDevice</c>.
/// </summary>
[ArenaFunctionTable]
public sealed unsafe partial class DeviceCommands
{
    /// <summary>vkDestroyDevice.</summary>
    [ArenaMarshal(EntryPoint = "vkDestroyDevice", Required = true)]
    public partial void DestroyDevice(Device device, AllocationCallbacks* allocator);

    /// <summary>vkGetDeviceQueue.</summary>
    [ArenaMarshal(EntryPoint = "vkGetDeviceQueue", Required = true)]
    public partial void GetDeviceQueue(Device device, uint queueFamilyIndex, uint queueIndex, out Queue queue);

    /// <summary>vkDeviceWaitIdle.</summary>
    [ArenaMarshal(EntryPoint = "vkDeviceWaitIdle", Required = true)]
    public partial Result DeviceWaitIdle(Device device);
}

/// <summary>Finds a device's commands with <c>vkGetDeviceProcAddr</c>.</summary>
/// <param name="device">The device whose commands are loaded.</param>
public readonly unsafe struct DeviceProcAddrLoader(Device device) : IArenaFunctionLoader
{
    /// <inheritdoc />
    public nint Load(byte* name) => Vk.GetDeviceProcAddr(device, name);
}
