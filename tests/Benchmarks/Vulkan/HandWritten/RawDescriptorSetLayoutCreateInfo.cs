namespace ParamArena.Benchmarks.Vulkan.HandWritten;

/// <summary>VkDescriptorSetLayoutCreateInfo written out by hand.</summary>
public unsafe struct RawDescriptorSetLayoutCreateInfo
{
    /// <summary>sType (VK_STRUCTURE_TYPE_DESCRIPTOR_SET_LAYOUT_CREATE_INFO = 32).</summary>
    public int SType;
    /// <summary>pNext.</summary>
    public void* PNext;
    /// <summary>flags.</summary>
    public uint Flags;
    /// <summary>bindingCount.</summary>
    public uint BindingCount;
    /// <summary>pBindings.</summary>
    public RawDescriptorSetLayoutBinding* PBindings;
}
