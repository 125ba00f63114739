using ParamArena;
using VulkanBindings;
using VulkanStructs;

namespace VulkanSample.Tests.ReadBack;

/// <summary>VkPhysicalDeviceLimits as an [ArenaStruct] shape: the C arrays are [ArenaFixedLength] arrays.</summary>
[ArenaStruct]
public partial struct PhysicalDeviceLimitsShape
{
    public uint MaxImageDimension1D;
    public uint MaxImageDimension2D;
    public uint MaxImageDimension3D;
    public uint MaxImageDimensionCube;
    public uint MaxImageArrayLayers;
    public uint MaxTexelBufferElements;
    public uint MaxUniformBufferRange;
    public uint MaxStorageBufferRange;
    public uint MaxPushConstantsSize;
    public uint MaxMemoryAllocationCount;
    public uint MaxSamplerAllocationCount;
    public ulong BufferImageGranularity;
    public ulong SparseAddressSpaceSize;
    public uint MaxBoundDescriptorSets;
    public uint MaxPerStageDescriptorSamplers;
    public uint MaxPerStageDescriptorUniformBuffers;
    public uint MaxPerStageDescriptorStorageBuffers;
    public uint MaxPerStageDescriptorSampledImages;
    public uint MaxPerStageDescriptorStorageImages;
    public uint MaxPerStageDescriptorInputAttachments;
    public uint MaxPerStageResources;
    public uint MaxDescriptorSetSamplers;
    public uint MaxDescriptorSetUniformBuffers;
    public uint MaxDescriptorSetUniformBuffersDynamic;
    public uint MaxDescriptorSetStorageBuffers;
    public uint MaxDescriptorSetStorageBuffersDynamic;
    public uint MaxDescriptorSetSampledImages;
    public uint MaxDescriptorSetStorageImages;
    public uint MaxDescriptorSetInputAttachments;
    public uint MaxVertexInputAttributes;
    public uint MaxVertexInputBindings;
    public uint MaxVertexInputAttributeOffset;
    public uint MaxVertexInputBindingStride;
    public uint MaxVertexOutputComponents;
    public uint MaxTessellationGenerationLevel;
    public uint MaxTessellationPatchSize;
    public uint MaxTessellationControlPerVertexInputComponents;
    public uint MaxTessellationControlPerVertexOutputComponents;
    public uint MaxTessellationControlPerPatchOutputComponents;
    public uint MaxTessellationControlTotalOutputComponents;
    public uint MaxTessellationEvaluationInputComponents;
    public uint MaxTessellationEvaluationOutputComponents;
    public uint MaxGeometryShaderInvocations;
    public uint MaxGeometryInputComponents;
    public uint MaxGeometryOutputComponents;
    public uint MaxGeometryOutputVertices;
    public uint MaxGeometryTotalOutputComponents;
    public uint MaxFragmentInputComponents;
    public uint MaxFragmentOutputAttachments;
    public uint MaxFragmentDualSrcAttachments;
    public uint MaxFragmentCombinedOutputResources;
    public uint MaxComputeSharedMemorySize;
    [ArenaFixedLength(3)] public uint[]? MaxComputeWorkGroupCount;
    public uint MaxComputeWorkGroupInvocations;
    [ArenaFixedLength(3)] public uint[]? MaxComputeWorkGroupSize;
    public uint SubPixelPrecisionBits;
    public uint SubTexelPrecisionBits;
    public uint MipmapPrecisionBits;
    public uint MaxDrawIndexedIndexValue;
    public uint MaxDrawIndirectCount;
    public float MaxSamplerLodBias;
    public float MaxSamplerAnisotropy;
    public uint MaxViewports;
    [ArenaFixedLength(2)] public uint[]? MaxViewportDimensions;
    [ArenaFixedLength(2)] public float[]? ViewportBoundsRange;
    public uint ViewportSubPixelBits;
    public nuint MinMemoryMapAlignment;
    public ulong MinTexelBufferOffsetAlignment;
    public ulong MinUniformBufferOffsetAlignment;
    public ulong MinStorageBufferOffsetAlignment;
    public int MinTexelOffset;
    public uint MaxTexelOffset;
    public int MinTexelGatherOffset;
    public uint MaxTexelGatherOffset;
    public float MinInterpolationOffset;
    public float MaxInterpolationOffset;
    public uint SubPixelInterpolationOffsetBits;
    public uint MaxFramebufferWidth;
    public uint MaxFramebufferHeight;
    public uint MaxFramebufferLayers;
    public uint FramebufferColorSampleCounts;
    public uint FramebufferDepthSampleCounts;
    public uint FramebufferStencilSampleCounts;
    public uint FramebufferNoAttachmentsSampleCounts;
    public uint MaxColorAttachments;
    public uint SampledImageColorSampleCounts;
    public uint SampledImageIntegerSampleCounts;
    public uint SampledImageDepthSampleCounts;
    public uint SampledImageStencilSampleCounts;
    public uint StorageImageSampleCounts;
    public uint MaxSampleMaskWords;
    public uint TimestampComputeAndGraphics;
    public float TimestampPeriod;
    public uint MaxClipDistances;
    public uint MaxCullDistances;
    public uint MaxCombinedClipAndCullDistances;
    public uint DiscreteQueuePriorities;
    [ArenaFixedLength(2)] public float[]? PointSizeRange;
    [ArenaFixedLength(2)] public float[]? LineWidthRange;
    public float PointSizeGranularity;
    public float LineWidthGranularity;
    public uint StrictLines;
    public uint StandardSampleLocations;
    public ulong OptimalBufferCopyOffsetAlignment;
    public ulong OptimalBufferCopyRowPitchAlignment;
    public ulong NonCoherentAtomSize;
}

/// <summary>VkPhysicalDeviceSparseProperties as a shape of VkBool32 fields.</summary>
[ArenaStruct]
public partial struct PhysicalDeviceSparsePropertiesShape
{
    public bool ResidencyStandard2DBlockShape;
    public bool ResidencyStandard2DMultisampleBlockShape;
    public bool ResidencyStandard3DBlockShape;
    public bool ResidencyAlignedMipSize;
    public bool ResidencyNonResidentStrict;
}

/// <summary>VkPhysicalDeviceProperties as a shape: <c>deviceName[256]</c> a string, <c>pipelineCacheUUID[16]</c> bytes, the limits nested.</summary>
[ArenaStruct]
public partial struct PhysicalDevicePropertiesShape
{
    public uint ApiVersion;
    public uint DriverVersion;
    public uint VendorId;
    public uint DeviceId;
    public PhysicalDeviceType DeviceType;
    [ArenaFixedLength(256)] public string? DeviceName;
    [ArenaFixedLength(16)] public byte[]? PipelineCacheUuid;
    public PhysicalDeviceLimitsShape Limits;
    public PhysicalDeviceSparsePropertiesShape SparseProperties;
}

/// <summary>The call, declared with the shape in place of the hand-written blittable struct.</summary>
public static partial class ReadBackVk
{
    [ArenaMarshal(VulkanContext.LoaderLibrary, EntryPoint = "vkGetPhysicalDeviceProperties")]
    public static partial void GetPhysicalDeviceProperties(PhysicalDevice physicalDevice, out PhysicalDevicePropertiesShape properties);
}
