using System;
using ParamArena;
using Xunit;
using Xunit.Abstractions;
using Buffer = VulkanBindings.Buffer;

namespace VulkanBindings.Tests;

/// <summary>
/// Generated commands called on the machine's Vulkan device (lavapipe in CI) under VK_LAYER_KHRONOS_validation
/// (<see cref="VulkanSession"/>): the layer checks every staged struct, and reports nothing but the one forbidden
/// create-info the test passes on purpose.
/// </summary>
public sealed unsafe class LavapipeSmokeTests(ITestOutputHelper output)
{
    [Fact]
    public void InstanceDeviceAndBufferThroughGeneratedCommandsUnderValidationWithoutFindings()
    {
        using VulkanSession session = new();
        InstanceCommands instanceCommands = session.InstanceCommands;
        DeviceCommands deviceCommands = session.DeviceCommands;
        Device device = session.Device;

        instanceCommands.GetPhysicalDeviceProperties(session.PhysicalDevice, out PhysicalDeviceProperties properties);
        Assert.True(properties.ApiVersion >= VulkanSession.ApiVersion13, $"the device offers Vulkan {properties.ApiVersion >> 22}.{(properties.ApiVersion >> 12) & 0x3ff}");

        // An output chain: the head and its link staged tagged and linked, filled by the driver, read back in place.
        var properties2 = new PhysicalDeviceProperties2().Then(new PhysicalDeviceVulkan12Properties());
        instanceCommands.GetPhysicalDeviceProperties2(session.PhysicalDevice, ref properties2);
        PhysicalDeviceVulkan12Properties vulkan12 = properties2.Link;
        output.WriteLine($"{properties2.Rest.Properties.DeviceName}, driver {vulkan12.DriverName} ({vulkan12.DriverID}), " +
            $"{properties2.Rest.Properties.Limits.MaxComputeWorkGroupSize![0]} invocations wide");
        Assert.False(string.IsNullOrEmpty(properties.DeviceName));
        Assert.Equal(properties.DeviceName, properties2.Rest.Properties.DeviceName);
        Assert.Equal(16, properties.PipelineCacheUUID!.Length);
        Assert.False(string.IsNullOrEmpty(vulkan12.DriverName));
        Assert.NotEqual(default, vulkan12.DriverID);

        // A 3-link output chain read back; Vulkan 1.3 requires these features, so the driver must report them.
        var features = new PhysicalDeviceFeatures2()
            .Then(new PhysicalDeviceVulkan11Features())
            .Then(new PhysicalDeviceVulkan12Features())
            .Then(new PhysicalDeviceVulkan13Features());
        instanceCommands.GetPhysicalDeviceFeatures2(session.PhysicalDevice, ref features);
        Assert.True(features.Link.DynamicRendering, "features.Link.DynamicRendering");
        Assert.True(features.Link.Synchronization2, "features.Link.Synchronization2");
        Assert.True(features.Rest.Link.TimelineSemaphore, "features.Rest.Link.TimelineSemaphore");
        Assert.True(features.Rest.Rest.Link.Multiview, "features.Rest.Rest.Link.Multiview");

        // Enumerations in one call: [ArenaEnumerated] stubs; QueueFamilyProperties2 items tagged by the stub (ItemTag), into
        // an array and into a lease (the layer would report untagged items).
        instanceCommands.GetPhysicalDeviceQueueFamilyProperties2(session.PhysicalDevice, out QueueFamilyProperties2[] families2);
        instanceCommands.GetPhysicalDeviceQueueFamilyProperties(session.PhysicalDevice, out QueueFamilyProperties[] families);
        Assert.NotEmpty(families);
        Assert.Equal(families.Length, families2.Length);
        for (int i = 0; i < families.Length; i++) Assert.Equal(families[i].QueueCount, families2[i].QueueFamilyProperties.QueueCount);
        Assert.All(families2, f => Assert.Equal(StructureType.QueueFamilyProperties2, f.SType));
        using (ArenaLease lease = ArenaLease.Rent())
        {
            instanceCommands.GetPhysicalDeviceQueueFamilyProperties2(session.PhysicalDevice, lease, out Span<QueueFamilyProperties2> leased);
            Assert.Equal(families.Length, leased.Length);
            Assert.Equal(families[0].QueueFlags, leased[0].QueueFamilyProperties.QueueFlags);
        }
        VulkanSession.Check(Vk.EnumerateInstanceExtensionProperties(VulkanSession.ValidationLayer, out ExtensionProperties[] layerExtensions), "vkEnumerateInstanceExtensionProperties");
        Assert.Contains(layerExtensions, e => VulkanSession.Text(e.ExtensionName) == "VK_EXT_validation_features");

        BufferCreateInfo bufferInfo = new()
        {
            Size = 4096,
            Usage = BufferUsageFlags.StorageBuffer | BufferUsageFlags.TransferDst,
            SharingMode = SharingMode.Exclusive,
        };
        VulkanSession.Check(deviceCommands.CreateBuffer(device, in bufferInfo, null, out Buffer buffer), "vkCreateBuffer");
        deviceCommands.GetBufferMemoryRequirements(device, buffer, out MemoryRequirements requirements);
        Assert.True(requirements.Size >= 4096, $"requirements.Size = {requirements.Size}");
        Assert.NotEqual(0u, requirements.MemoryTypeBits);
        deviceCommands.DestroyBuffer(device, buffer, null);

        // Warmed up, the staged create-info and both calls through the device table allocate nothing managed.
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 16; i++)
        {
            VulkanSession.Check(deviceCommands.CreateBuffer(device, in bufferInfo, null, out buffer), "vkCreateBuffer");
            deviceCommands.DestroyBuffer(device, buffer, null);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);

        lock (session.Findings)
        {
            output.WriteLine($"{session.Messages} messages from the loader and layer; findings: {session.Findings.Count}");
            Assert.True(session.Messages > 0, "the messenger received nothing, so 'no findings' would mean nothing");
            Assert.Empty(session.Findings);
        }

        // The oracle: a create-info the specification forbids (size 0) must be reported, so "no findings" means something.
        BufferCreateInfo forbidden = bufferInfo with { Size = 0 };
        if (deviceCommands.CreateBuffer(device, in forbidden, null, out Buffer invalid) == Result.Success) deviceCommands.DestroyBuffer(device, invalid, null);
        lock (session.Findings)
        {
            Assert.Contains(session.Findings, f => f.Contains("VUID-VkBufferCreateInfo-size-00912", StringComparison.Ordinal));
        }
    }
}
