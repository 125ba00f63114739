using ParamArena;
using VulkanBindings;

namespace VulkanSample.Tests.Chains;

/// <summary>VkPhysicalDeviceVulkan11Features (Vulkan 1.1 core features), a link of <see cref="DeviceCreateInfo"/> and <see cref="PhysicalDeviceFeatures2"/> chains; every field is a VkBool32.</summary>
[ArenaStruct]
[ArenaStructureType((StructureType)49)] // VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_1_FEATURES
[ArenaExtends(typeof(DeviceCreateInfo), typeof(PhysicalDeviceFeatures2))]
public partial struct PhysicalDeviceVulkan11Features
{
    /// <summary><c>storageBuffer16BitAccess</c>: 1 to enable.</summary>
    public uint StorageBuffer16BitAccess;
    /// <summary><c>uniformAndStorageBuffer16BitAccess</c>: 1 to enable.</summary>
    public uint UniformAndStorageBuffer16BitAccess;
    /// <summary><c>storagePushConstant16</c>: 1 to enable.</summary>
    public uint StoragePushConstant16;
    /// <summary><c>storageInputOutput16</c>: 1 to enable.</summary>
    public uint StorageInputOutput16;
    /// <summary><c>multiview</c>: 1 to enable.</summary>
    public uint Multiview;
    /// <summary><c>multiviewGeometryShader</c>: 1 to enable.</summary>
    public uint MultiviewGeometryShader;
    /// <summary><c>multiviewTessellationShader</c>: 1 to enable.</summary>
    public uint MultiviewTessellationShader;
    /// <summary><c>variablePointersStorageBuffer</c>: 1 to enable.</summary>
    public uint VariablePointersStorageBuffer;
    /// <summary><c>variablePointers</c>: 1 to enable.</summary>
    public uint VariablePointers;
    /// <summary><c>protectedMemory</c>: 1 to enable.</summary>
    public uint ProtectedMemory;
    /// <summary><c>samplerYcbcrConversion</c>: 1 to enable.</summary>
    public uint SamplerYcbcrConversion;
    /// <summary><c>shaderDrawParameters</c>: 1 to enable.</summary>
    public uint ShaderDrawParameters;
}
