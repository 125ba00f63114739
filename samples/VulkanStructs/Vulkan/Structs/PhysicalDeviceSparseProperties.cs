namespace VulkanStructs.Vulkan;

/// <summary>VkPhysicalDeviceSparseProperties: sparse-resource behaviour (VkBool32 fields: 0 or 1).</summary>
public struct PhysicalDeviceSparseProperties
{
    /// <summary>residencyStandard2DBlockShape.</summary>
    public uint ResidencyStandard2DBlockShape;
    /// <summary>residencyStandard2DMultisampleBlockShape.</summary>
    public uint ResidencyStandard2DMultisampleBlockShape;
    /// <summary>residencyStandard3DBlockShape.</summary>
    public uint ResidencyStandard3DBlockShape;
    /// <summary>residencyAlignedMipSize.</summary>
    public uint ResidencyAlignedMipSize;
    /// <summary>residencyNonResidentStrict.</summary>
    public uint ResidencyNonResidentStrict;
}
