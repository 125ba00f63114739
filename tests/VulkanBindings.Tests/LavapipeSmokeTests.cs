using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;
using ParamArena;
using Xunit;
using Xunit.Abstractions;
using Buffer = VulkanBindings.Buffer;

namespace VulkanBindings.Tests;

/// <summary>
/// Generated commands called on the machine's Vulkan device (lavapipe in CI) under VK_LAYER_KHRONOS_validation:
/// global commands through the loader's exports, instance commands through <see cref="InstanceCommands"/>, device
/// commands through <see cref="DeviceCommands"/>; the layer checks every staged struct, and reports nothing but the
/// one forbidden create-info the test passes on purpose.
/// </summary>
public sealed unsafe class LavapipeSmokeTests(ITestOutputHelper output)
{
    private const string ValidationLayer = "VK_LAYER_KHRONOS_validation";
    private const uint ApiVersion13 = (1u << 22) | (3u << 12);

    private static readonly List<string> s_findings = new();
    private static int s_messages;

    [Fact]
    public void InstanceDeviceAndBufferThroughGeneratedCommandsUnderValidationWithoutFindings()
    {
        Assert.True(HasValidationLayer(), ValidationLayer + " is not installed (eng/install-prerequisites.sh installs it)");
        lock (s_findings) { s_findings.Clear(); s_messages = 0; }

        DebugUtilsMessengerCreateInfoEXT messengerInfo = new()
        {
            SType = StructureType.DebugUtilsMessengerCreateInfoEXT,
            MessageSeverity = DebugUtilsMessageSeverityFlagsEXT.Verbose | DebugUtilsMessageSeverityFlagsEXT.Info
                | DebugUtilsMessageSeverityFlagsEXT.Warning | DebugUtilsMessageSeverityFlagsEXT.Error,
            MessageType = DebugUtilsMessageTypeFlagsEXT.General | DebugUtilsMessageTypeFlagsEXT.Validation | DebugUtilsMessageTypeFlagsEXT.Performance,
            PfnUserCallback = &OnMessage,
        };
        InstanceCreateInfo instanceInfo = new()
        {
            SType = StructureType.InstanceCreateInfo,
            PNext = &messengerInfo,
            ApplicationInfo = new ApplicationInfo { SType = StructureType.ApplicationInfo, ApplicationName = "VulkanBindings.Tests", ApiVersion = ApiVersion13 },
            EnabledLayerNames = [ValidationLayer],
            EnabledExtensionNames = ["VK_EXT_debug_utils"],
        };
        Check(Vk.CreateInstance(in instanceInfo, null, out Instance instance), "vkCreateInstance");
        InstanceCommands instanceCommands = new();
        instanceCommands.LoadFunctions(new InstanceProcAddrLoader(instance));
        Check(instanceCommands.CreateDebugUtilsMessengerEXT(instance, in messengerInfo, null, out DebugUtilsMessengerEXT messenger), "vkCreateDebugUtilsMessengerEXT");
        try
        {
            PhysicalDevice physicalDevice = FirstPhysicalDevice(instanceCommands, instance);
            instanceCommands.GetPhysicalDeviceProperties(physicalDevice, out PhysicalDeviceProperties properties);
            Assert.True(properties.ApiVersion >= ApiVersion13, $"the device offers Vulkan {properties.ApiVersion >> 22}.{(properties.ApiVersion >> 12) & 0x3ff}");

            // A caller-tagged output chain: Properties2 (a shape, staged and read back) → Vulkan12Properties (its Native,
            // which the driver fills in place and ArenaStaging.Read converts).
            PhysicalDeviceVulkan12Properties.Native vulkan12Native = new() { SType = StructureType.PhysicalDeviceVulkan12Properties };
            PhysicalDeviceProperties2 properties2 = new() { SType = StructureType.PhysicalDeviceProperties2, PNext = &vulkan12Native };
            instanceCommands.GetPhysicalDeviceProperties2(physicalDevice, ref properties2);
            PhysicalDeviceVulkan12Properties vulkan12 = ArenaStaging.Read<PhysicalDeviceVulkan12Properties, PhysicalDeviceVulkan12Properties.Native>(&vulkan12Native);
            output.WriteLine($"{properties2.Properties.DeviceName}, driver {vulkan12.DriverName} ({vulkan12.DriverID}), " +
                $"{properties2.Properties.Limits.MaxComputeWorkGroupSize![0]} invocations wide");
            Assert.False(string.IsNullOrEmpty(properties.DeviceName));
            Assert.Equal(properties.DeviceName, properties2.Properties.DeviceName);
            Assert.Equal(16, properties.PipelineCacheUUID!.Length);
            Assert.False(string.IsNullOrEmpty(vulkan12.DriverName));
            Assert.NotEqual(default, vulkan12.DriverID);

            uint family = ComputeQueueFamily(instanceCommands, physicalDevice);
            DeviceCreateInfo deviceInfo = new()
            {
                SType = StructureType.DeviceCreateInfo,
                QueueCreateInfos = [new DeviceQueueCreateInfo { SType = StructureType.DeviceQueueCreateInfo, QueueFamilyIndex = family, QueuePriorities = [1f] }],
            };
            Check(instanceCommands.CreateDevice(physicalDevice, in deviceInfo, null, out Device device), "vkCreateDevice");
            DeviceCommands deviceCommands = new();
            deviceCommands.LoadFunctions(new DeviceProcAddrLoader(device));
            try
            {
                BufferCreateInfo bufferInfo = new()
                {
                    SType = StructureType.BufferCreateInfo,
                    Size = 4096,
                    Usage = BufferUsageFlags.StorageBuffer | BufferUsageFlags.TransferDst,
                    SharingMode = SharingMode.Exclusive,
                };
                Check(deviceCommands.CreateBuffer(device, in bufferInfo, null, out Buffer buffer), "vkCreateBuffer");
                deviceCommands.GetBufferMemoryRequirements(device, buffer, out MemoryRequirements requirements);
                Assert.True(requirements.Size >= 4096, $"requirements.Size = {requirements.Size}");
                Assert.NotEqual(0u, requirements.MemoryTypeBits);
                deviceCommands.DestroyBuffer(device, buffer, null);

                // Warmed up, the staged create-info and both calls through the device table allocate nothing managed.
                long before = GC.GetAllocatedBytesForCurrentThread();
                for (int i = 0; i < 16; i++)
                {
                    Check(deviceCommands.CreateBuffer(device, in bufferInfo, null, out buffer), "vkCreateBuffer");
                    deviceCommands.DestroyBuffer(device, buffer, null);
                }
                Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);

                // The oracle: a create-info the specification forbids (size 0) must be reported, so "no findings" means something.
                lock (s_findings) Assert.Empty(s_findings);
                BufferCreateInfo forbidden = bufferInfo with { Size = 0 };
                if (deviceCommands.CreateBuffer(device, in forbidden, null, out Buffer invalid) == Result.Success) deviceCommands.DestroyBuffer(device, invalid, null);
                lock (s_findings)
                {
                    Assert.Contains(s_findings, f => f.Contains("VUID-VkBufferCreateInfo-size-00912", StringComparison.Ordinal));
                    s_findings.Clear();
                }
                deviceCommands.GetDeviceQueue(device, family, 0, out Queue queue);
                Assert.False(queue.IsNull);
                Check(deviceCommands.DeviceWaitIdle(device), "vkDeviceWaitIdle");
            }
            finally
            {
                deviceCommands.DestroyDevice(device, null);
            }
        }
        finally
        {
            instanceCommands.DestroyDebugUtilsMessengerEXT(instance, messenger, null);
            instanceCommands.DestroyInstance(instance, null);
        }

        lock (s_findings)
        {
            output.WriteLine($"{s_messages} messages from the loader and layer; findings: {s_findings.Count}");
            Assert.True(s_messages > 0, "the messenger received nothing, so 'no findings' would mean nothing");
            Assert.Empty(s_findings);
        }
    }

    private static bool HasValidationLayer()
    {
        uint count = 0;
        Check(Vk.EnumerateInstanceLayerProperties(ref count, default), "vkEnumerateInstanceLayerProperties");
        LayerProperties[] layers = new LayerProperties[count];
        Check(Vk.EnumerateInstanceLayerProperties(ref count, layers), "vkEnumerateInstanceLayerProperties");
        foreach (LayerProperties layer in layers.AsSpan(0, (int)count))
        {
            if (Text(layer.LayerName) == ValidationLayer) return true;
        }
        return false;
    }

    private static PhysicalDevice FirstPhysicalDevice(InstanceCommands commands, Instance instance)
    {
        uint count = 0;
        Check(commands.EnumeratePhysicalDevices(instance, ref count, default), "vkEnumeratePhysicalDevices");
        Assert.True(count > 0, "no Vulkan device (mesa-vulkan-drivers provides lavapipe)");
        PhysicalDevice[] devices = new PhysicalDevice[count];
        Check(commands.EnumeratePhysicalDevices(instance, ref count, devices), "vkEnumeratePhysicalDevices");
        return devices[0];
    }

    private static uint ComputeQueueFamily(InstanceCommands commands, PhysicalDevice physicalDevice)
    {
        uint count = 0;
        commands.GetPhysicalDeviceQueueFamilyProperties(physicalDevice, ref count, default);
        QueueFamilyProperties[] families = new QueueFamilyProperties[count];
        commands.GetPhysicalDeviceQueueFamilyProperties(physicalDevice, ref count, families);
        for (uint i = 0; i < count; i++)
        {
            if ((families[i].QueueFlags & QueueFlags.Compute) != 0) return i;
        }
        throw new InvalidOperationException("no compute queue family");
    }

    private static string Text(ByteArray256 bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        int end = span.IndexOf((byte)0);
        return Encoding.UTF8.GetString(end < 0 ? span : span[..end]);
    }

    private static void Check(Result result, string command)
    {
        if (result != Result.Success) Assert.Fail($"{command} returned {result}");
    }

    /// <summary>Counts every message; validation and performance warnings and errors are findings (loader notices are not).</summary>
    [UnmanagedCallersOnly]
    private static Bool32 OnMessage(DebugUtilsMessageSeverityFlagsEXT severity, DebugUtilsMessageTypeFlagsEXT types,
        DebugUtilsMessengerCallbackDataEXT.Native* data, void* userData)
    {
        lock (s_findings)
        {
            s_messages++;
            bool finding = (severity & (DebugUtilsMessageSeverityFlagsEXT.Warning | DebugUtilsMessageSeverityFlagsEXT.Error)) != 0
                && (types & (DebugUtilsMessageTypeFlagsEXT.Validation | DebugUtilsMessageTypeFlagsEXT.Performance)) != 0;
            if (finding) s_findings.Add(Marshal.PtrToStringUTF8((nint)data->Message) ?? "");
        }
        return false;
    }
}
