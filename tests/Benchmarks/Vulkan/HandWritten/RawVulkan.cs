using System.Runtime.InteropServices;

namespace ParamArena.Benchmarks.Vulkan.HandWritten;

/// <summary>
/// The four Vulkan commands the benchmarks call, as blittable <c>[DllImport]</c>s of the loader's exports:
/// the same native entry points the generated <c>[ArenaMarshal]</c> stubs call.
/// </summary>
public static unsafe class RawVulkan
{
    private const string Library = "libvulkan.so.1";

    /// <summary>vkCreateBuffer.</summary>
    [DllImport(Library, EntryPoint = "vkCreateBuffer", ExactSpelling = true)]
    public static extern int CreateBuffer(nint device, RawBufferCreateInfo* createInfo, void* allocator, ulong* buffer);

    /// <summary>vkDestroyBuffer.</summary>
    [DllImport(Library, EntryPoint = "vkDestroyBuffer", ExactSpelling = true)]
    public static extern void DestroyBuffer(nint device, ulong buffer, void* allocator);

    /// <summary>vkCreateDescriptorSetLayout.</summary>
    [DllImport(Library, EntryPoint = "vkCreateDescriptorSetLayout", ExactSpelling = true)]
    public static extern int CreateDescriptorSetLayout(nint device, RawDescriptorSetLayoutCreateInfo* createInfo, void* allocator, ulong* setLayout);

    /// <summary>vkDestroyDescriptorSetLayout.</summary>
    [DllImport(Library, EntryPoint = "vkDestroyDescriptorSetLayout", ExactSpelling = true)]
    public static extern void DestroyDescriptorSetLayout(nint device, ulong setLayout, void* allocator);
}
