using ParamArena;
using VulkanBindings;

namespace VulkanSample.Tests.Chains;

/// <summary>VkPhysicalDeviceVulkan13Features (Vulkan 1.3 core features), a link of <see cref="DeviceCreateInfo"/> and <see cref="PhysicalDeviceFeatures2"/> chains; every field is a VkBool32.</summary>
[ArenaStruct]
[ArenaStructureType((StructureType)53)] // VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_3_FEATURES
[ArenaExtends(typeof(DeviceCreateInfo), typeof(PhysicalDeviceFeatures2))]
public partial struct PhysicalDeviceVulkan13Features
{
    /// <summary><c>robustImageAccess</c>: 1 to enable.</summary>
    public uint RobustImageAccess;
    /// <summary><c>inlineUniformBlock</c>: 1 to enable.</summary>
    public uint InlineUniformBlock;
    /// <summary><c>descriptorBindingInlineUniformBlockUpdateAfterBind</c>: 1 to enable.</summary>
    public uint DescriptorBindingInlineUniformBlockUpdateAfterBind;
    /// <summary><c>pipelineCreationCacheControl</c>: 1 to enable.</summary>
    public uint PipelineCreationCacheControl;
    /// <summary><c>privateData</c>: 1 to enable.</summary>
    public uint PrivateData;
    /// <summary><c>shaderDemoteToHelperInvocation</c>: 1 to enable.</summary>
    public uint ShaderDemoteToHelperInvocation;
    /// <summary><c>shaderTerminateInvocation</c>: 1 to enable.</summary>
    public uint ShaderTerminateInvocation;
    /// <summary><c>subgroupSizeControl</c>: 1 to enable.</summary>
    public uint SubgroupSizeControl;
    /// <summary><c>computeFullSubgroups</c>: 1 to enable.</summary>
    public uint ComputeFullSubgroups;
    /// <summary><c>synchronization2</c>: 1 to enable.</summary>
    public uint Synchronization2;
    /// <summary><c>textureCompressionASTC_HDR</c>: 1 to enable.</summary>
    public uint TextureCompressionASTC_HDR;
    /// <summary><c>shaderZeroInitializeWorkgroupMemory</c>: 1 to enable.</summary>
    public uint ShaderZeroInitializeWorkgroupMemory;
    /// <summary><c>dynamicRendering</c>: 1 to enable.</summary>
    public uint DynamicRendering;
    /// <summary><c>shaderIntegerDotProduct</c>: 1 to enable.</summary>
    public uint ShaderIntegerDotProduct;
    /// <summary><c>maintenance4</c>: 1 to enable.</summary>
    public uint Maintenance4;
}
