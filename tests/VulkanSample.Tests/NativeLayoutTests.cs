using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Xunit;
using Gen = VulkanBindings;
using SilkVk = Silk.NET.Vulkan;

namespace VulkanSample.Tests;

/// <summary>
/// The generated structs the sample uses (a shape's <c>Native</c> twin, or the blittable struct itself) have the same
/// size and field offsets, in order, as Silk.NET.Vulkan's independent binding. VulkanBindings.Tests compares all 290
/// generated structs with gcc's <c>sizeof</c>/<c>offsetof</c>; this is a second source for the ones the sample calls with.
/// </summary>
public sealed class NativeLayoutTests
{
    /// <summary>Every generated struct the sample's calls stage or receive.</summary>
    public static TheoryData<Type, Type> ShapePairs => new()
    {
        { typeof(Gen.ApplicationInfo.Native), typeof(SilkVk.ApplicationInfo) },
        { typeof(Gen.InstanceCreateInfo.Native), typeof(SilkVk.InstanceCreateInfo) },
        { typeof(Gen.DebugUtilsMessengerCreateInfoEXT.Native), typeof(SilkVk.DebugUtilsMessengerCreateInfoEXT) },
        { typeof(Gen.ValidationFeaturesEXT.Native), typeof(SilkVk.ValidationFeaturesEXT) },
        { typeof(Gen.DeviceQueueCreateInfo.Native), typeof(SilkVk.DeviceQueueCreateInfo) },
        { typeof(Gen.DeviceCreateInfo.Native), typeof(SilkVk.DeviceCreateInfo) },
        { typeof(Gen.BufferCreateInfo.Native), typeof(SilkVk.BufferCreateInfo) },
        { typeof(Gen.MemoryAllocateInfo.Native), typeof(SilkVk.MemoryAllocateInfo) },
        { typeof(Gen.ShaderModuleCreateInfo.Native), typeof(SilkVk.ShaderModuleCreateInfo) },
        { typeof(Gen.DescriptorSetLayoutCreateInfo.Native), typeof(SilkVk.DescriptorSetLayoutCreateInfo) },
        { typeof(Gen.DescriptorPoolCreateInfo.Native), typeof(SilkVk.DescriptorPoolCreateInfo) },
        { typeof(Gen.DescriptorSetAllocateInfo.Native), typeof(SilkVk.DescriptorSetAllocateInfo) },
        { typeof(Gen.WriteDescriptorSet.Native), typeof(SilkVk.WriteDescriptorSet) },
        { typeof(Gen.PipelineLayoutCreateInfo.Native), typeof(SilkVk.PipelineLayoutCreateInfo) },
        { typeof(Gen.SpecializationInfo.Native), typeof(SilkVk.SpecializationInfo) },
        { typeof(Gen.PipelineShaderStageCreateInfo.Native), typeof(SilkVk.PipelineShaderStageCreateInfo) },
        { typeof(Gen.ComputePipelineCreateInfo.Native), typeof(SilkVk.ComputePipelineCreateInfo) },
        { typeof(Gen.CommandPoolCreateInfo.Native), typeof(SilkVk.CommandPoolCreateInfo) },
        { typeof(Gen.CommandBufferAllocateInfo.Native), typeof(SilkVk.CommandBufferAllocateInfo) },
        { typeof(Gen.CommandBufferBeginInfo.Native), typeof(SilkVk.CommandBufferBeginInfo) },
        { typeof(Gen.FenceCreateInfo.Native), typeof(SilkVk.FenceCreateInfo) },
        { typeof(Gen.SubmitInfo.Native), typeof(SilkVk.SubmitInfo) },
        { typeof(Gen.DescriptorSetLayoutBinding.Native), typeof(SilkVk.DescriptorSetLayoutBinding) },
        { typeof(Gen.DescriptorBufferInfo), typeof(SilkVk.DescriptorBufferInfo) },
        { typeof(Gen.SpecializationMapEntry), typeof(SilkVk.SpecializationMapEntry) },
        { typeof(Gen.MemoryBarrier.Native), typeof(SilkVk.MemoryBarrier) },
        { typeof(Gen.QueueFamilyProperties), typeof(SilkVk.QueueFamilyProperties) },
        { typeof(Gen.MemoryRequirements), typeof(SilkVk.MemoryRequirements) },
        { typeof(Gen.DebugUtilsMessengerCallbackDataEXT.Native), typeof(SilkVk.DebugUtilsMessengerCallbackDataEXT) },
        { typeof(Gen.DebugUtilsLabelEXT.Native), typeof(SilkVk.DebugUtilsLabelEXT) },
        { typeof(Gen.DebugUtilsObjectNameInfoEXT.Native), typeof(SilkVk.DebugUtilsObjectNameInfoEXT) },
        { typeof(Gen.LayerProperties), typeof(SilkVk.LayerProperties) },
        { typeof(Gen.ExtensionProperties), typeof(SilkVk.ExtensionProperties) },
        { typeof(Gen.DescriptorPoolSize), typeof(SilkVk.DescriptorPoolSize) },
        { typeof(Gen.PushConstantRange), typeof(SilkVk.PushConstantRange) },
        { typeof(Gen.MemoryType), typeof(SilkVk.MemoryType) },
        { typeof(Gen.MemoryHeap), typeof(SilkVk.MemoryHeap) },
        { typeof(Gen.Extent3D), typeof(SilkVk.Extent3D) },
        { typeof(Gen.PhysicalDeviceSparseProperties), typeof(SilkVk.PhysicalDeviceSparseProperties) },
        { typeof(Gen.AllocationCallbacks), typeof(SilkVk.AllocationCallbacks) },
    };

    /// <summary>The feature structs the chain tests declare (in this assembly, not the sample).</summary>
    public static TheoryData<Type, Type> ChainLinkPairs => new()
    {
        { typeof(Chains.PhysicalDeviceVulkan11Features.Native), typeof(SilkVk.PhysicalDeviceVulkan11Features) },
        { typeof(Chains.PhysicalDeviceVulkan12Features.Native), typeof(SilkVk.PhysicalDeviceVulkan12Features) },
        { typeof(Chains.PhysicalDeviceVulkan13Features.Native), typeof(SilkVk.PhysicalDeviceVulkan13Features) },
        { typeof(Chains.PhysicalDeviceFeatures2.Native), typeof(SilkVk.PhysicalDeviceFeatures2) },
        { typeof(Chains.PhysicalDeviceFeatures), typeof(SilkVk.PhysicalDeviceFeatures) },
    };

    [Theory]
    [MemberData(nameof(ShapePairs))]
    [MemberData(nameof(ChainLinkPairs))]
    public void SizeAndFieldOffsetsMatchTheVulkanLayout(Type ours, Type silk)
    {
        long[] expected = Offsets(silk);
        Assert.True(expected.Length >= 2, $"{silk} has {expected.Length} fields");
        Assert.Equal(SizeOf(silk), SizeOf(ours));
        Assert.Equal(expected, Offsets(ours));
    }

    [Fact]
    public void PhysicalDevicePropertiesHasTheHeadersSize()
    {
        // The sample reads these raw (Silk.NET spells their fixed arrays differently, so field by field here).
        Assert.Equal(504, Unsafe.SizeOf<Gen.PhysicalDeviceLimits.Native>());
        Assert.Equal(824, Unsafe.SizeOf<Gen.PhysicalDeviceProperties.Native>());
        Assert.Equal(Unsafe.SizeOf<SilkVk.PhysicalDeviceLimits>(), Unsafe.SizeOf<Gen.PhysicalDeviceLimits.Native>());
        Assert.Equal(Unsafe.SizeOf<SilkVk.PhysicalDeviceMemoryProperties>(), Unsafe.SizeOf<Gen.PhysicalDeviceMemoryProperties>());
        Assert.Equal(Marshal.OffsetOf<SilkVk.PhysicalDeviceLimits>(nameof(SilkVk.PhysicalDeviceLimits.MaxComputeWorkGroupInvocations)),
            Marshal.OffsetOf<Gen.PhysicalDeviceLimits.Native>(nameof(Gen.PhysicalDeviceLimits.MaxComputeWorkGroupInvocations)));
        Assert.Equal(Marshal.OffsetOf<SilkVk.PhysicalDeviceLimits>(nameof(SilkVk.PhysicalDeviceLimits.NonCoherentAtomSize)),
            Marshal.OffsetOf<Gen.PhysicalDeviceLimits.Native>(nameof(Gen.PhysicalDeviceLimits.NonCoherentAtomSize)));
    }

    private static int SizeOf(Type type) =>
        (int)typeof(Unsafe).GetMethod(nameof(Unsafe.SizeOf))!.MakeGenericMethod(type).Invoke(null, null)!;

    private static long[] Offsets(Type type) =>
        type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .OrderBy(f => f.MetadataToken)
            .Select(f => (long)Marshal.OffsetOf(type, f.Name))
            .ToArray();
}
