namespace VulkanStructs.Vulkan;

/// <summary>VkPhysicalDeviceLimits: the Vulkan 1.0 device limits (504 bytes), field for field.</summary>
/// <remarks>Every field is declared so the struct has the native size and the fields the sample reads sit at their native offsets.</remarks>
public unsafe struct PhysicalDeviceLimits
{
    /// <summary>maxImageDimension1D.</summary>
    public uint MaxImageDimension1D;
    /// <summary>maxImageDimension2D.</summary>
    public uint MaxImageDimension2D;
    /// <summary>maxImageDimension3D.</summary>
    public uint MaxImageDimension3D;
    /// <summary>maxImageDimensionCube.</summary>
    public uint MaxImageDimensionCube;
    /// <summary>maxImageArrayLayers.</summary>
    public uint MaxImageArrayLayers;
    /// <summary>maxTexelBufferElements.</summary>
    public uint MaxTexelBufferElements;
    /// <summary>maxUniformBufferRange.</summary>
    public uint MaxUniformBufferRange;
    /// <summary>maxStorageBufferRange.</summary>
    public uint MaxStorageBufferRange;
    /// <summary>maxPushConstantsSize.</summary>
    public uint MaxPushConstantsSize;
    /// <summary>maxMemoryAllocationCount.</summary>
    public uint MaxMemoryAllocationCount;
    /// <summary>maxSamplerAllocationCount.</summary>
    public uint MaxSamplerAllocationCount;
    /// <summary>bufferImageGranularity.</summary>
    public ulong BufferImageGranularity;
    /// <summary>sparseAddressSpaceSize.</summary>
    public ulong SparseAddressSpaceSize;
    /// <summary>maxBoundDescriptorSets.</summary>
    public uint MaxBoundDescriptorSets;
    /// <summary>maxPerStageDescriptorSamplers.</summary>
    public uint MaxPerStageDescriptorSamplers;
    /// <summary>maxPerStageDescriptorUniformBuffers.</summary>
    public uint MaxPerStageDescriptorUniformBuffers;
    /// <summary>maxPerStageDescriptorStorageBuffers.</summary>
    public uint MaxPerStageDescriptorStorageBuffers;
    /// <summary>maxPerStageDescriptorSampledImages.</summary>
    public uint MaxPerStageDescriptorSampledImages;
    /// <summary>maxPerStageDescriptorStorageImages.</summary>
    public uint MaxPerStageDescriptorStorageImages;
    /// <summary>maxPerStageDescriptorInputAttachments.</summary>
    public uint MaxPerStageDescriptorInputAttachments;
    /// <summary>maxPerStageResources.</summary>
    public uint MaxPerStageResources;
    /// <summary>maxDescriptorSetSamplers.</summary>
    public uint MaxDescriptorSetSamplers;
    /// <summary>maxDescriptorSetUniformBuffers.</summary>
    public uint MaxDescriptorSetUniformBuffers;
    /// <summary>maxDescriptorSetUniformBuffersDynamic.</summary>
    public uint MaxDescriptorSetUniformBuffersDynamic;
    /// <summary>maxDescriptorSetStorageBuffers.</summary>
    public uint MaxDescriptorSetStorageBuffers;
    /// <summary>maxDescriptorSetStorageBuffersDynamic.</summary>
    public uint MaxDescriptorSetStorageBuffersDynamic;
    /// <summary>maxDescriptorSetSampledImages.</summary>
    public uint MaxDescriptorSetSampledImages;
    /// <summary>maxDescriptorSetStorageImages.</summary>
    public uint MaxDescriptorSetStorageImages;
    /// <summary>maxDescriptorSetInputAttachments.</summary>
    public uint MaxDescriptorSetInputAttachments;
    /// <summary>maxVertexInputAttributes.</summary>
    public uint MaxVertexInputAttributes;
    /// <summary>maxVertexInputBindings.</summary>
    public uint MaxVertexInputBindings;
    /// <summary>maxVertexInputAttributeOffset.</summary>
    public uint MaxVertexInputAttributeOffset;
    /// <summary>maxVertexInputBindingStride.</summary>
    public uint MaxVertexInputBindingStride;
    /// <summary>maxVertexOutputComponents.</summary>
    public uint MaxVertexOutputComponents;
    /// <summary>maxTessellationGenerationLevel.</summary>
    public uint MaxTessellationGenerationLevel;
    /// <summary>maxTessellationPatchSize.</summary>
    public uint MaxTessellationPatchSize;
    /// <summary>maxTessellationControlPerVertexInputComponents.</summary>
    public uint MaxTessellationControlPerVertexInputComponents;
    /// <summary>maxTessellationControlPerVertexOutputComponents.</summary>
    public uint MaxTessellationControlPerVertexOutputComponents;
    /// <summary>maxTessellationControlPerPatchOutputComponents.</summary>
    public uint MaxTessellationControlPerPatchOutputComponents;
    /// <summary>maxTessellationControlTotalOutputComponents.</summary>
    public uint MaxTessellationControlTotalOutputComponents;
    /// <summary>maxTessellationEvaluationInputComponents.</summary>
    public uint MaxTessellationEvaluationInputComponents;
    /// <summary>maxTessellationEvaluationOutputComponents.</summary>
    public uint MaxTessellationEvaluationOutputComponents;
    /// <summary>maxGeometryShaderInvocations.</summary>
    public uint MaxGeometryShaderInvocations;
    /// <summary>maxGeometryInputComponents.</summary>
    public uint MaxGeometryInputComponents;
    /// <summary>maxGeometryOutputComponents.</summary>
    public uint MaxGeometryOutputComponents;
    /// <summary>maxGeometryOutputVertices.</summary>
    public uint MaxGeometryOutputVertices;
    /// <summary>maxGeometryTotalOutputComponents.</summary>
    public uint MaxGeometryTotalOutputComponents;
    /// <summary>maxFragmentInputComponents.</summary>
    public uint MaxFragmentInputComponents;
    /// <summary>maxFragmentOutputAttachments.</summary>
    public uint MaxFragmentOutputAttachments;
    /// <summary>maxFragmentDualSrcAttachments.</summary>
    public uint MaxFragmentDualSrcAttachments;
    /// <summary>maxFragmentCombinedOutputResources.</summary>
    public uint MaxFragmentCombinedOutputResources;
    /// <summary>maxComputeSharedMemorySize.</summary>
    public uint MaxComputeSharedMemorySize;
    /// <summary>maxComputeWorkGroupCount.</summary>
    public fixed uint MaxComputeWorkGroupCount[3];
    /// <summary>maxComputeWorkGroupInvocations.</summary>
    public uint MaxComputeWorkGroupInvocations;
    /// <summary>maxComputeWorkGroupSize.</summary>
    public fixed uint MaxComputeWorkGroupSize[3];
    /// <summary>subPixelPrecisionBits.</summary>
    public uint SubPixelPrecisionBits;
    /// <summary>subTexelPrecisionBits.</summary>
    public uint SubTexelPrecisionBits;
    /// <summary>mipmapPrecisionBits.</summary>
    public uint MipmapPrecisionBits;
    /// <summary>maxDrawIndexedIndexValue.</summary>
    public uint MaxDrawIndexedIndexValue;
    /// <summary>maxDrawIndirectCount.</summary>
    public uint MaxDrawIndirectCount;
    /// <summary>maxSamplerLodBias.</summary>
    public float MaxSamplerLodBias;
    /// <summary>maxSamplerAnisotropy.</summary>
    public float MaxSamplerAnisotropy;
    /// <summary>maxViewports.</summary>
    public uint MaxViewports;
    /// <summary>maxViewportDimensions.</summary>
    public fixed uint MaxViewportDimensions[2];
    /// <summary>viewportBoundsRange.</summary>
    public fixed float ViewportBoundsRange[2];
    /// <summary>viewportSubPixelBits.</summary>
    public uint ViewportSubPixelBits;
    /// <summary>minMemoryMapAlignment.</summary>
    public nuint MinMemoryMapAlignment;
    /// <summary>minTexelBufferOffsetAlignment.</summary>
    public ulong MinTexelBufferOffsetAlignment;
    /// <summary>minUniformBufferOffsetAlignment.</summary>
    public ulong MinUniformBufferOffsetAlignment;
    /// <summary>minStorageBufferOffsetAlignment.</summary>
    public ulong MinStorageBufferOffsetAlignment;
    /// <summary>minTexelOffset.</summary>
    public int MinTexelOffset;
    /// <summary>maxTexelOffset.</summary>
    public uint MaxTexelOffset;
    /// <summary>minTexelGatherOffset.</summary>
    public int MinTexelGatherOffset;
    /// <summary>maxTexelGatherOffset.</summary>
    public uint MaxTexelGatherOffset;
    /// <summary>minInterpolationOffset.</summary>
    public float MinInterpolationOffset;
    /// <summary>maxInterpolationOffset.</summary>
    public float MaxInterpolationOffset;
    /// <summary>subPixelInterpolationOffsetBits.</summary>
    public uint SubPixelInterpolationOffsetBits;
    /// <summary>maxFramebufferWidth.</summary>
    public uint MaxFramebufferWidth;
    /// <summary>maxFramebufferHeight.</summary>
    public uint MaxFramebufferHeight;
    /// <summary>maxFramebufferLayers.</summary>
    public uint MaxFramebufferLayers;
    /// <summary>framebufferColorSampleCounts.</summary>
    public uint FramebufferColorSampleCounts;
    /// <summary>framebufferDepthSampleCounts.</summary>
    public uint FramebufferDepthSampleCounts;
    /// <summary>framebufferStencilSampleCounts.</summary>
    public uint FramebufferStencilSampleCounts;
    /// <summary>framebufferNoAttachmentsSampleCounts.</summary>
    public uint FramebufferNoAttachmentsSampleCounts;
    /// <summary>maxColorAttachments.</summary>
    public uint MaxColorAttachments;
    /// <summary>sampledImageColorSampleCounts.</summary>
    public uint SampledImageColorSampleCounts;
    /// <summary>sampledImageIntegerSampleCounts.</summary>
    public uint SampledImageIntegerSampleCounts;
    /// <summary>sampledImageDepthSampleCounts.</summary>
    public uint SampledImageDepthSampleCounts;
    /// <summary>sampledImageStencilSampleCounts.</summary>
    public uint SampledImageStencilSampleCounts;
    /// <summary>storageImageSampleCounts.</summary>
    public uint StorageImageSampleCounts;
    /// <summary>maxSampleMaskWords.</summary>
    public uint MaxSampleMaskWords;
    /// <summary>timestampComputeAndGraphics.</summary>
    public uint TimestampComputeAndGraphics;
    /// <summary>timestampPeriod.</summary>
    public float TimestampPeriod;
    /// <summary>maxClipDistances.</summary>
    public uint MaxClipDistances;
    /// <summary>maxCullDistances.</summary>
    public uint MaxCullDistances;
    /// <summary>maxCombinedClipAndCullDistances.</summary>
    public uint MaxCombinedClipAndCullDistances;
    /// <summary>discreteQueuePriorities.</summary>
    public uint DiscreteQueuePriorities;
    /// <summary>pointSizeRange.</summary>
    public fixed float PointSizeRange[2];
    /// <summary>lineWidthRange.</summary>
    public fixed float LineWidthRange[2];
    /// <summary>pointSizeGranularity.</summary>
    public float PointSizeGranularity;
    /// <summary>lineWidthGranularity.</summary>
    public float LineWidthGranularity;
    /// <summary>strictLines.</summary>
    public uint StrictLines;
    /// <summary>standardSampleLocations.</summary>
    public uint StandardSampleLocations;
    /// <summary>optimalBufferCopyOffsetAlignment.</summary>
    public ulong OptimalBufferCopyOffsetAlignment;
    /// <summary>optimalBufferCopyRowPitchAlignment.</summary>
    public ulong OptimalBufferCopyRowPitchAlignment;
    /// <summary>nonCoherentAtomSize.</summary>
    public ulong NonCoherentAtomSize;
}
