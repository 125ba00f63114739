namespace ParamArena.Benchmarks.Vulkan.HandWritten;

/// <summary>VkDescriptorSetLayoutBinding written out by hand.</summary>
public unsafe struct RawDescriptorSetLayoutBinding
{
    /// <summary>binding.</summary>
    public uint Binding;
    /// <summary>descriptorType.</summary>
    public int DescriptorType;
    /// <summary>descriptorCount.</summary>
    public uint DescriptorCount;
    /// <summary>stageFlags.</summary>
    public uint StageFlags;
    /// <summary>pImmutableSamplers.</summary>
    public ulong* PImmutableSamplers;
}
