namespace VulkanSample.Tests.Chains;

/// <summary>VkPhysicalDeviceFeatures: the Vulkan 1.0 features, every field a VkBool32 (blittable, embedded in <see cref="PhysicalDeviceFeatures2"/>).</summary>
public struct PhysicalDeviceFeatures
{
    /// <summary><c>robustBufferAccess</c>.</summary>
    public uint RobustBufferAccess;
    /// <summary><c>fullDrawIndexUint32</c>.</summary>
    public uint FullDrawIndexUint32;
    /// <summary><c>imageCubeArray</c>.</summary>
    public uint ImageCubeArray;
    /// <summary><c>independentBlend</c>.</summary>
    public uint IndependentBlend;
    /// <summary><c>geometryShader</c>.</summary>
    public uint GeometryShader;
    /// <summary><c>tessellationShader</c>.</summary>
    public uint TessellationShader;
    /// <summary><c>sampleRateShading</c>.</summary>
    public uint SampleRateShading;
    /// <summary><c>dualSrcBlend</c>.</summary>
    public uint DualSrcBlend;
    /// <summary><c>logicOp</c>.</summary>
    public uint LogicOp;
    /// <summary><c>multiDrawIndirect</c>.</summary>
    public uint MultiDrawIndirect;
    /// <summary><c>drawIndirectFirstInstance</c>.</summary>
    public uint DrawIndirectFirstInstance;
    /// <summary><c>depthClamp</c>.</summary>
    public uint DepthClamp;
    /// <summary><c>depthBiasClamp</c>.</summary>
    public uint DepthBiasClamp;
    /// <summary><c>fillModeNonSolid</c>.</summary>
    public uint FillModeNonSolid;
    /// <summary><c>depthBounds</c>.</summary>
    public uint DepthBounds;
    /// <summary><c>wideLines</c>.</summary>
    public uint WideLines;
    /// <summary><c>largePoints</c>.</summary>
    public uint LargePoints;
    /// <summary><c>alphaToOne</c>.</summary>
    public uint AlphaToOne;
    /// <summary><c>multiViewport</c>.</summary>
    public uint MultiViewport;
    /// <summary><c>samplerAnisotropy</c>.</summary>
    public uint SamplerAnisotropy;
    /// <summary><c>textureCompressionETC2</c>.</summary>
    public uint TextureCompressionETC2;
    /// <summary><c>textureCompressionASTC_LDR</c>.</summary>
    public uint TextureCompressionASTC_LDR;
    /// <summary><c>textureCompressionBC</c>.</summary>
    public uint TextureCompressionBC;
    /// <summary><c>occlusionQueryPrecise</c>.</summary>
    public uint OcclusionQueryPrecise;
    /// <summary><c>pipelineStatisticsQuery</c>.</summary>
    public uint PipelineStatisticsQuery;
    /// <summary><c>vertexPipelineStoresAndAtomics</c>.</summary>
    public uint VertexPipelineStoresAndAtomics;
    /// <summary><c>fragmentStoresAndAtomics</c>.</summary>
    public uint FragmentStoresAndAtomics;
    /// <summary><c>shaderTessellationAndGeometryPointSize</c>.</summary>
    public uint ShaderTessellationAndGeometryPointSize;
    /// <summary><c>shaderImageGatherExtended</c>.</summary>
    public uint ShaderImageGatherExtended;
    /// <summary><c>shaderStorageImageExtendedFormats</c>.</summary>
    public uint ShaderStorageImageExtendedFormats;
    /// <summary><c>shaderStorageImageMultisample</c>.</summary>
    public uint ShaderStorageImageMultisample;
    /// <summary><c>shaderStorageImageReadWithoutFormat</c>.</summary>
    public uint ShaderStorageImageReadWithoutFormat;
    /// <summary><c>shaderStorageImageWriteWithoutFormat</c>.</summary>
    public uint ShaderStorageImageWriteWithoutFormat;
    /// <summary><c>shaderUniformBufferArrayDynamicIndexing</c>.</summary>
    public uint ShaderUniformBufferArrayDynamicIndexing;
    /// <summary><c>shaderSampledImageArrayDynamicIndexing</c>.</summary>
    public uint ShaderSampledImageArrayDynamicIndexing;
    /// <summary><c>shaderStorageBufferArrayDynamicIndexing</c>.</summary>
    public uint ShaderStorageBufferArrayDynamicIndexing;
    /// <summary><c>shaderStorageImageArrayDynamicIndexing</c>.</summary>
    public uint ShaderStorageImageArrayDynamicIndexing;
    /// <summary><c>shaderClipDistance</c>.</summary>
    public uint ShaderClipDistance;
    /// <summary><c>shaderCullDistance</c>.</summary>
    public uint ShaderCullDistance;
    /// <summary><c>shaderFloat64</c>.</summary>
    public uint ShaderFloat64;
    /// <summary><c>shaderInt64</c>.</summary>
    public uint ShaderInt64;
    /// <summary><c>shaderInt16</c>.</summary>
    public uint ShaderInt16;
    /// <summary><c>shaderResourceResidency</c>.</summary>
    public uint ShaderResourceResidency;
    /// <summary><c>shaderResourceMinLod</c>.</summary>
    public uint ShaderResourceMinLod;
    /// <summary><c>sparseBinding</c>.</summary>
    public uint SparseBinding;
    /// <summary><c>sparseResidencyBuffer</c>.</summary>
    public uint SparseResidencyBuffer;
    /// <summary><c>sparseResidencyImage2D</c>.</summary>
    public uint SparseResidencyImage2D;
    /// <summary><c>sparseResidencyImage3D</c>.</summary>
    public uint SparseResidencyImage3D;
    /// <summary><c>sparseResidency2Samples</c>.</summary>
    public uint SparseResidency2Samples;
    /// <summary><c>sparseResidency4Samples</c>.</summary>
    public uint SparseResidency4Samples;
    /// <summary><c>sparseResidency8Samples</c>.</summary>
    public uint SparseResidency8Samples;
    /// <summary><c>sparseResidency16Samples</c>.</summary>
    public uint SparseResidency16Samples;
    /// <summary><c>sparseResidencyAliased</c>.</summary>
    public uint SparseResidencyAliased;
    /// <summary><c>variableMultisampleRate</c>.</summary>
    public uint VariableMultisampleRate;
    /// <summary><c>inheritedQueries</c>.</summary>
    public uint InheritedQueries;
}
