using ParamArena;

namespace VulkanStructs.Vulkan;

/// <summary>Vulkan commands, continued: creating a logical device and finding its commands.</summary>
public static unsafe partial class Vk
{
    /// <summary>vkCreateDevice.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkCreateDevice")]
    public static partial Result CreateDevice<TChain>(PhysicalDevice physicalDevice, in TChain createInfo, AllocationCallbacks* allocator, out Device device)
        where TChain : struct, IArenaChain<TChain, DeviceCreateInfo>;

    /// <summary>vkGetDeviceProcAddr: the device-level address of a command (no loader trampoline); <paramref name="name"/> is NUL-terminated UTF-8.</summary>
    [ArenaMarshal(VkNames.Library, EntryPoint = "vkGetDeviceProcAddr")]
    public static partial nint GetDeviceProcAddr(Device device, byte* name);
}
