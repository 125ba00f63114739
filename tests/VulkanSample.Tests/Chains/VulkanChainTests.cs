using System;
using ParamArena;
using VulkanStructs;
using VulkanBindings;
using Xunit;

namespace VulkanSample.Tests.Chains;

/// <summary>
/// Structure chains against the real loader, lavapipe and the validation layer: an instance created with the debug
/// messenger and validation features chained, and a Vulkan 1.3 device created with the 1.1, 1.2 and 1.3 feature structs
/// chained. Every sType and pNext is written by staging; the layer checks the chains and must report nothing.
/// </summary>
public sealed unsafe class VulkanChainTests
{
    private static readonly float[] s_priority = [1.0f];

    [Fact]
    public void InstanceWithMessengerAndValidationFeaturesThenDeviceWithFeatureChain()
    {
        using ChainedInstance vulkan = ChainedInstance.Create();
        Assert.True(vulkan.ApiVersion >= VulkanVersion.Make(1, 3, 0), "lavapipe reports Vulkan " + VulkanVersion.Format(vulkan.ApiVersion));

        var createInfo = vulkan.DeviceInfo()
            .Then(new PhysicalDeviceVulkan11Features { Multiview = 1, ShaderDrawParameters = 1 })
            .Then(new PhysicalDeviceVulkan12Features { TimelineSemaphore = 1, HostQueryReset = 1, UniformBufferStandardLayout = 1 })
            .Then(new PhysicalDeviceVulkan13Features { Synchronization2 = 1, DynamicRendering = 1, Maintenance4 = 1 });
        Assert.Equal(Result.Success, vulkan.CreateAndDestroyDevice(in createInfo));

        // The same chain value serves a second device.
        Assert.Equal(Result.Success, vulkan.CreateAndDestroyDevice(in createInfo));
        Assert.Empty(ValidationMessenger.ProblemIds);
        Assert.Equal(0, ValidationMessenger.Problems);
    }

    [Fact]
    public void TheMessengerInTheInstanceChainReceivesTheInstanceCreationsMessages()
    {
        // No messenger exists yet (vkCreateDebugUtilsMessengerEXT runs after vkCreateInstance): what arrived during
        // vkCreateInstance came through the chained create-info.
        using ChainedInstance vulkan = ChainedInstance.Create();
        Assert.True(vulkan.InfosDuringCreation > 0, "no message reached the chained messenger");
        Assert.Equal(0, ValidationMessenger.Problems);
    }

    [Fact]
    public void TheLayerWalksTheStagedDeviceChain()
    {
        using ChainedInstance vulkan = ChainedInstance.Create();
        var twice = vulkan.DeviceInfo()
            .Then(new PhysicalDeviceVulkan11Features { Multiview = 1 })
            .Then(new PhysicalDeviceVulkan11Features { Multiview = 1 });
        vulkan.CreateAndDestroyDevice(in twice);
        // The layer walked the staged chain and found the same structure twice, where the spec forbids it.
        Assert.Contains("VUID-VkDeviceCreateInfo-sType-unique", ValidationMessenger.ProblemIds);
    }

    [Fact]
    public void TheDriverReadsEveryLinksFields()
    {
        using ChainedInstance vulkan = ChainedInstance.Create();
        // lavapipe has no protected memory: asking for it in the 1.1 link, behind two other links, must be refused.
        var createInfo = vulkan.DeviceInfo()
            .Then(new PhysicalDeviceVulkan13Features { Synchronization2 = 1 })
            .Then(new PhysicalDeviceVulkan12Features { TimelineSemaphore = 1 })
            .Then(new PhysicalDeviceVulkan11Features { ProtectedMemory = 1 });
        Assert.Equal(Result.ErrorFeatureNotPresent, vulkan.CreateAndDestroyDevice(in createInfo));
    }

    [Fact]
    public void FeatureQueryReadsTheWholeChainBack()
    {
        using ChainedInstance vulkan = ChainedInstance.Create();
        // Sentinels: each is overwritten by the driver with 0 or 1 only if the link was staged and read back.
        const uint Unset = 77;
        var features = new PhysicalDeviceFeatures2 { Features = new PhysicalDeviceFeatures { RobustBufferAccess = Unset } }
            .Then(new PhysicalDeviceVulkan11Features { Multiview = Unset, ProtectedMemory = Unset })
            .Then(new PhysicalDeviceVulkan12Features { TimelineSemaphore = Unset, HostQueryReset = Unset })
            .Then(new PhysicalDeviceVulkan13Features { Synchronization2 = Unset, DynamicRendering = Unset, Maintenance4 = Unset });
        FeatureQueries.GetPhysicalDeviceFeatures2(vulkan.PhysicalDevice, ref features);

        PhysicalDeviceFeatures core = features.Rest.Rest.Rest.Features;
        PhysicalDeviceVulkan11Features v11 = features.Rest.Rest.Link;
        PhysicalDeviceVulkan12Features v12 = features.Rest.Link;
        PhysicalDeviceVulkan13Features v13 = features.Link;
        Assert.True(core.RobustBufferAccess <= 1);
        // What lavapipe supports (the device test enables these) and does not (protected memory).
        Assert.Equal(1u, core.ShaderInt64);
        Assert.Equal((1u, 0u), (v11.Multiview, v11.ProtectedMemory));
        Assert.Equal((1u, 1u), (v12.TimelineSemaphore, v12.HostQueryReset));
        Assert.Equal((1u, 1u, 1u), (v13.Synchronization2, v13.DynamicRendering, v13.Maintenance4));

        // The chain read back is a chain to enable: every supported feature of the three links at once.
        features.Rest.Rest.Link.ProtectedMemory = 0;
        var createInfo = vulkan.DeviceInfo().Then(features.Rest.Rest.Link).Then(features.Rest.Link).Then(features.Link);
        Assert.Equal(Result.Success, vulkan.CreateAndDestroyDevice(in createInfo));
        Assert.Empty(ValidationMessenger.ProblemIds);
        Assert.Equal(0, ValidationMessenger.Problems);
    }

    /// <summary>A Vulkan 1.3 instance created with a two-link chain, and the first device with a compute queue.</summary>
    private sealed class ChainedInstance : IDisposable
    {
        private readonly InstanceCommands _commands = new();
        private Instance _instance;
        private DebugUtilsMessengerEXT _messenger;

        private ChainedInstance(Instance instance) => _instance = instance;

        public PhysicalDevice PhysicalDevice { get; private set; }

        public uint QueueFamily { get; private set; }

        public uint ApiVersion { get; private set; }

        public long InfosDuringCreation { get; private set; }

        public static ChainedInstance Create()
        {
            ValidationMessenger.Reset(printInfo: false);
            var createInfo = new InstanceCreateInfo
            {
                ApplicationInfo = new ApplicationInfo { ApplicationName = "ParamArena chains", ApiVersion = VulkanVersion.Make(1, 3, 0) },
                EnabledLayerNames = [VulkanContext.ValidationLayer],
                EnabledExtensionNames = ["VK_EXT_debug_utils", "VK_EXT_validation_features"],
            }
                .Then(ValidationMessenger.CreateInfo())
                .Then(new ValidationFeaturesEXT { EnabledValidationFeatures = [ValidationFeatureEnableEXT.SynchronizationValidation] });
            VulkanException.ThrowIfFailed(Vk.CreateInstance(in createInfo, null, out Instance instance), "vkCreateInstance");
            ChainedInstance created = new(instance) { InfosDuringCreation = ValidationMessenger.Infos };
            created._commands.LoadFunctions(new InstanceProcAddrLoader(instance));
            created._messenger = ValidationMessenger.Create(created._commands, instance);
            created.ChooseDevice();
            return created;
        }

        public DeviceCreateInfo DeviceInfo() => new()
        {
            QueueCreateInfos = [new DeviceQueueCreateInfo { QueueFamilyIndex = QueueFamily, QueuePriorities = s_priority }],
        };

        public Result CreateAndDestroyDevice<TChain>(in TChain createInfo)
            where TChain : struct, IArenaChain<TChain, DeviceCreateInfo>
        {
            Result result = _commands.CreateDevice(PhysicalDevice, in createInfo, null, out Device device);
            if (result != Result.Success) return result;
            DeviceCommands commands = new();
            commands.LoadFunctions(new DeviceProcAddrLoader(device));
            commands.DestroyDevice(device, null);
            return result;
        }

        private void ChooseDevice()
        {
            using ArenaLease lease = ArenaLease.Rent();
            VulkanException.ThrowIfFailed(_commands.EnumeratePhysicalDevices(_instance, lease, out Span<PhysicalDevice> devices), "vkEnumeratePhysicalDevices");
            Assert.False(devices.IsEmpty);
            PhysicalDevice device = devices[0];
            PhysicalDevice = device;
            PhysicalDeviceProperties.Native properties;
            _commands.GetPhysicalDeviceProperties(device, &properties);
            ApiVersion = properties.ApiVersion;
            _commands.GetPhysicalDeviceQueueFamilyProperties(device, lease, out Span<QueueFamilyProperties> families);
            for (int i = 0; i < families.Length; i++)
            {
                if ((families[i].QueueFlags & QueueFlags.Compute) == 0) continue;
                QueueFamily = (uint)i;
                return;
            }
            throw new InvalidOperationException("No compute queue family.");
        }

        public void Dispose()
        {
            if (_instance.IsNull) return;
            ValidationMessenger.Destroy(_commands, _instance, _messenger);
            _commands.DestroyInstance(_instance, null);
            _instance = default;
        }
    }
}
