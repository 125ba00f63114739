using System.Runtime.InteropServices;

namespace ParamArena.Benchmarks.Vulkan.HandWritten;

/// <summary>
/// The four Vulkan commands the benchmarks call, hand-written as the device-level function pointers
/// <c>vkGetDeviceProcAddr</c> returns: what the generated device table and Silk.NET call too.
/// </summary>
public sealed unsafe class RawVulkan
{
    private const string Library = "libvulkan.so.1";

    /// <summary>Loads the four commands of <paramref name="device"/>.</summary>
    /// <param name="device">The device.</param>
    public RawVulkan(nint device)
    {
        CreateBuffer = (delegate* unmanaged<nint, RawBufferCreateInfo*, void*, ulong*, int>)Load(device, "vkCreateBuffer"u8);
        DestroyBuffer = (delegate* unmanaged<nint, ulong, void*, void>)Load(device, "vkDestroyBuffer"u8);
        CreateDescriptorSetLayout = (delegate* unmanaged<nint, RawDescriptorSetLayoutCreateInfo*, void*, ulong*, int>)Load(device, "vkCreateDescriptorSetLayout"u8);
        DestroyDescriptorSetLayout = (delegate* unmanaged<nint, ulong, void*, void>)Load(device, "vkDestroyDescriptorSetLayout"u8);
    }

    /// <summary>vkCreateBuffer.</summary>
    public delegate* unmanaged<nint, RawBufferCreateInfo*, void*, ulong*, int> CreateBuffer { get; }

    /// <summary>vkDestroyBuffer.</summary>
    public delegate* unmanaged<nint, ulong, void*, void> DestroyBuffer { get; }

    /// <summary>vkCreateDescriptorSetLayout.</summary>
    public delegate* unmanaged<nint, RawDescriptorSetLayoutCreateInfo*, void*, ulong*, int> CreateDescriptorSetLayout { get; }

    /// <summary>vkDestroyDescriptorSetLayout.</summary>
    public delegate* unmanaged<nint, ulong, void*, void> DestroyDescriptorSetLayout { get; }

    private static nint Load(nint device, System.ReadOnlySpan<byte> name)
    {
        fixed (byte* text = name) return GetDeviceProcAddr(device, text);
    }

    [DllImport(Library, EntryPoint = "vkGetDeviceProcAddr", ExactSpelling = true)]
    private static extern nint GetDeviceProcAddr(nint device, byte* name);
}
