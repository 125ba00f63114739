using ParamArena;
using VulkanBindings;

namespace VulkanSample.Tests.Chains;

/// <summary>VkPhysicalDeviceVulkan12Features (Vulkan 1.2 core features), a link of <see cref="DeviceCreateInfo"/> and <see cref="PhysicalDeviceFeatures2"/> chains; every field is a VkBool32.</summary>
[ArenaStruct]
[ArenaStructureType((StructureType)51)] // VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_2_FEATURES
[ArenaExtends(typeof(DeviceCreateInfo), typeof(PhysicalDeviceFeatures2))]
public partial struct PhysicalDeviceVulkan12Features
{
    /// <summary><c>samplerMirrorClampToEdge</c>: 1 to enable.</summary>
    public uint SamplerMirrorClampToEdge;
    /// <summary><c>drawIndirectCount</c>: 1 to enable.</summary>
    public uint DrawIndirectCount;
    /// <summary><c>storageBuffer8BitAccess</c>: 1 to enable.</summary>
    public uint StorageBuffer8BitAccess;
    /// <summary><c>uniformAndStorageBuffer8BitAccess</c>: 1 to enable.</summary>
    public uint UniformAndStorageBuffer8BitAccess;
    /// <summary><c>storagePushConstant8</c>: 1 to enable.</summary>
    public uint StoragePushConstant8;
    /// <summary><c>shaderBufferInt64Atomics</c>: 1 to enable.</summary>
    public uint ShaderBufferInt64Atomics;
    /// <summary><c>shaderSharedInt64Atomics</c>: 1 to enable.</summary>
    public uint ShaderSharedInt64Atomics;
    /// <summary><c>shaderFloat16</c>: 1 to enable.</summary>
    public uint ShaderFloat16;
    /// <summary><c>shaderInt8</c>: 1 to enable.</summary>
    public uint ShaderInt8;
    /// <summary><c>descriptorIndexing</c>: 1 to enable.</summary>
    public uint DescriptorIndexing;
    /// <summary><c>shaderInputAttachmentArrayDynamicIndexing</c>: 1 to enable.</summary>
    public uint ShaderInputAttachmentArrayDynamicIndexing;
    /// <summary><c>shaderUniformTexelBufferArrayDynamicIndexing</c>: 1 to enable.</summary>
    public uint ShaderUniformTexelBufferArrayDynamicIndexing;
    /// <summary><c>shaderStorageTexelBufferArrayDynamicIndexing</c>: 1 to enable.</summary>
    public uint ShaderStorageTexelBufferArrayDynamicIndexing;
    /// <summary><c>shaderUniformBufferArrayNonUniformIndexing</c>: 1 to enable.</summary>
    public uint ShaderUniformBufferArrayNonUniformIndexing;
    /// <summary><c>shaderSampledImageArrayNonUniformIndexing</c>: 1 to enable.</summary>
    public uint ShaderSampledImageArrayNonUniformIndexing;
    /// <summary><c>shaderStorageBufferArrayNonUniformIndexing</c>: 1 to enable.</summary>
    public uint ShaderStorageBufferArrayNonUniformIndexing;
    /// <summary><c>shaderStorageImageArrayNonUniformIndexing</c>: 1 to enable.</summary>
    public uint ShaderStorageImageArrayNonUniformIndexing;
    /// <summary><c>shaderInputAttachmentArrayNonUniformIndexing</c>: 1 to enable.</summary>
    public uint ShaderInputAttachmentArrayNonUniformIndexing;
    /// <summary><c>shaderUniformTexelBufferArrayNonUniformIndexing</c>: 1 to enable.</summary>
    public uint ShaderUniformTexelBufferArrayNonUniformIndexing;
    /// <summary><c>shaderStorageTexelBufferArrayNonUniformIndexing</c>: 1 to enable.</summary>
    public uint ShaderStorageTexelBufferArrayNonUniformIndexing;
    /// <summary><c>descriptorBindingUniformBufferUpdateAfterBind</c>: 1 to enable.</summary>
    public uint DescriptorBindingUniformBufferUpdateAfterBind;
    /// <summary><c>descriptorBindingSampledImageUpdateAfterBind</c>: 1 to enable.</summary>
    public uint DescriptorBindingSampledImageUpdateAfterBind;
    /// <summary><c>descriptorBindingStorageImageUpdateAfterBind</c>: 1 to enable.</summary>
    public uint DescriptorBindingStorageImageUpdateAfterBind;
    /// <summary><c>descriptorBindingStorageBufferUpdateAfterBind</c>: 1 to enable.</summary>
    public uint DescriptorBindingStorageBufferUpdateAfterBind;
    /// <summary><c>descriptorBindingUniformTexelBufferUpdateAfterBind</c>: 1 to enable.</summary>
    public uint DescriptorBindingUniformTexelBufferUpdateAfterBind;
    /// <summary><c>descriptorBindingStorageTexelBufferUpdateAfterBind</c>: 1 to enable.</summary>
    public uint DescriptorBindingStorageTexelBufferUpdateAfterBind;
    /// <summary><c>descriptorBindingUpdateUnusedWhilePending</c>: 1 to enable.</summary>
    public uint DescriptorBindingUpdateUnusedWhilePending;
    /// <summary><c>descriptorBindingPartiallyBound</c>: 1 to enable.</summary>
    public uint DescriptorBindingPartiallyBound;
    /// <summary><c>descriptorBindingVariableDescriptorCount</c>: 1 to enable.</summary>
    public uint DescriptorBindingVariableDescriptorCount;
    /// <summary><c>runtimeDescriptorArray</c>: 1 to enable.</summary>
    public uint RuntimeDescriptorArray;
    /// <summary><c>samplerFilterMinmax</c>: 1 to enable.</summary>
    public uint SamplerFilterMinmax;
    /// <summary><c>scalarBlockLayout</c>: 1 to enable.</summary>
    public uint ScalarBlockLayout;
    /// <summary><c>imagelessFramebuffer</c>: 1 to enable.</summary>
    public uint ImagelessFramebuffer;
    /// <summary><c>uniformBufferStandardLayout</c>: 1 to enable.</summary>
    public uint UniformBufferStandardLayout;
    /// <summary><c>shaderSubgroupExtendedTypes</c>: 1 to enable.</summary>
    public uint ShaderSubgroupExtendedTypes;
    /// <summary><c>separateDepthStencilLayouts</c>: 1 to enable.</summary>
    public uint SeparateDepthStencilLayouts;
    /// <summary><c>hostQueryReset</c>: 1 to enable.</summary>
    public uint HostQueryReset;
    /// <summary><c>timelineSemaphore</c>: 1 to enable.</summary>
    public uint TimelineSemaphore;
    /// <summary><c>bufferDeviceAddress</c>: 1 to enable.</summary>
    public uint BufferDeviceAddress;
    /// <summary><c>bufferDeviceAddressCaptureReplay</c>: 1 to enable.</summary>
    public uint BufferDeviceAddressCaptureReplay;
    /// <summary><c>bufferDeviceAddressMultiDevice</c>: 1 to enable.</summary>
    public uint BufferDeviceAddressMultiDevice;
    /// <summary><c>vulkanMemoryModel</c>: 1 to enable.</summary>
    public uint VulkanMemoryModel;
    /// <summary><c>vulkanMemoryModelDeviceScope</c>: 1 to enable.</summary>
    public uint VulkanMemoryModelDeviceScope;
    /// <summary><c>vulkanMemoryModelAvailabilityVisibilityChains</c>: 1 to enable.</summary>
    public uint VulkanMemoryModelAvailabilityVisibilityChains;
    /// <summary><c>shaderOutputViewportIndex</c>: 1 to enable.</summary>
    public uint ShaderOutputViewportIndex;
    /// <summary><c>shaderOutputLayer</c>: 1 to enable.</summary>
    public uint ShaderOutputLayer;
    /// <summary><c>subgroupBroadcastDynamicId</c>: 1 to enable.</summary>
    public uint SubgroupBroadcastDynamicId;
}
