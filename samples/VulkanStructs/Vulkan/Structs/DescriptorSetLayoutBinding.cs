namespace VulkanStructs.Vulkan;

/// <summary>VkDescriptorSetLayoutBinding: one binding slot of a descriptor set layout.</summary>
/// <remarks>
/// Blittable: <see cref="DescriptorCount"/> stands on its own (it is not the length of
/// <see cref="ImmutableSamplers"/>, which is null for buffer descriptors).
/// </remarks>
public unsafe struct DescriptorSetLayoutBinding
{
    /// <summary>The binding number, as the shader's <c>binding = n</c>.</summary>
    public uint Binding;
    /// <summary>The kind of descriptor.</summary>
    public DescriptorType DescriptorType;
    /// <summary>How many descriptors (array elements) the binding holds.</summary>
    public uint DescriptorCount;
    /// <summary>The stages that may read the binding.</summary>
    public ShaderStageFlags StageFlags;
    /// <summary>Immutable samplers for sampler bindings; null otherwise.</summary>
    public Sampler* ImmutableSamplers;
}
