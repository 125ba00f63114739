using System;
using ParamArena;
using VulkanBindings;

namespace VulkanStructs;

/// <summary>
/// The long-lived half of the sample: instance (with the validation layer and debug messenger when
/// available), the chosen physical device, and a logical device with one compute queue.
/// </summary>
public sealed unsafe class VulkanContext : IDisposable
{
    /// <summary>The loader's library name on Linux.</summary>
    public const string LoaderLibrary = "libvulkan.so.1";

    /// <summary>The Khronos validation layer.</summary>
    public const string ValidationLayer = "VK_LAYER_KHRONOS_validation";

    private const string DebugUtilsExtension = "VK_EXT_debug_utils";
    private const string ValidationFeaturesExtension = "VK_EXT_validation_features";

    private static readonly string[] s_validationLayers = [ValidationLayer];
    private static readonly string[] s_debugExtensions = [DebugUtilsExtension];
    private static readonly string[] s_debugAndFeatureExtensions = [DebugUtilsExtension, ValidationFeaturesExtension];
    private static readonly ValidationFeatureEnableEXT[] s_synchronizationValidation = [ValidationFeatureEnableEXT.SynchronizationValidation];
    private static readonly float[] s_queuePriorities = [1.0f];

    private readonly DeviceQueueCreateInfo[] _queueCreateInfos = new DeviceQueueCreateInfo[1];
    // The native struct, not the shape: reading the shape back would allocate its strings and arrays on every open.
    private PhysicalDeviceProperties.Native _properties;
    private PhysicalDeviceMemoryProperties _memoryProperties;

    /// <summary>Creates a closed context; <see cref="Open"/> creates the Vulkan objects.</summary>
    public VulkanContext()
    {
    }

    /// <summary>The instance.</summary>
    public Instance Instance { get; private set; }

    /// <summary>The debug messenger, or null when validation is off.</summary>
    public DebugUtilsMessengerEXT Messenger { get; private set; }

    /// <summary>True when VK_LAYER_KHRONOS_validation is enabled.</summary>
    public bool ValidationEnabled { get; private set; }

    /// <summary>True when the layer's synchronization validation is on as well (VK_EXT_validation_features).</summary>
    public bool SynchronizationValidationEnabled { get; private set; }

    /// <summary>The physical device the job runs on.</summary>
    public PhysicalDevice PhysicalDevice { get; private set; }

    /// <summary>Its properties (type, version, limits) as Vulkan wrote them; <see cref="DeviceName"/> decodes the name.</summary>
    public ref readonly PhysicalDeviceProperties.Native Properties => ref _properties;

    /// <summary>The physical device's name, decoded from <see cref="Properties"/>.</summary>
    public string DeviceName()
    {
        fixed (byte* name = _properties.DeviceName) return ArenaStaging.ReadFixedUtf8(name, (int)Constants.MaxPhysicalDeviceNameSize);
    }

    /// <summary>Its memory types and heaps.</summary>
    public ref readonly PhysicalDeviceMemoryProperties MemoryProperties => ref _memoryProperties;

    /// <summary>How many queue families the device has.</summary>
    public uint QueueFamilyCount { get; private set; }

    /// <summary>The queue family that accepts compute work.</summary>
    public uint ComputeQueueFamily { get; private set; }

    /// <summary>Another queue family, for concurrent sharing, when the device has more than one.</summary>
    public uint? OtherQueueFamily { get; private set; }

    /// <summary>The logical device.</summary>
    public Device Device { get; private set; }

    /// <summary>The compute queue.</summary>
    public Queue Queue { get; private set; }

    /// <summary>The device's commands, loaded with <c>vkGetDeviceProcAddr</c> when the device is created.</summary>
    public DeviceCommands Commands { get; } = new();

    /// <summary>The instance's commands (physical devices, device creation, the debug messenger), loaded with <c>vkGetInstanceProcAddr</c>.</summary>
    public InstanceCommands InstanceCommands { get; } = new();

    /// <summary>Creates a context and opens it; counts validation messages from zero.</summary>
    /// <param name="options">Whether to enable validation.</param>
    /// <exception cref="VulkanUnavailableException">No loader, no driver, or no device with a compute queue.</exception>
    public static VulkanContext Create(ComputeJobOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ValidationMessenger.Reset(options.Verbose);
        VulkanContext context = new();
        context.Open(options);
        return context;
    }

    /// <summary>
    /// Creates the instance, chooses the physical device and creates the logical device. Allocates no
    /// managed memory once warmed up (the enumerations use stack buffers), so the job can measure a
    /// whole open-run-close cycle. Closes what it opened if it fails.
    /// </summary>
    /// <param name="options">Whether to enable validation.</param>
    /// <exception cref="InvalidOperationException">The context is already open.</exception>
    /// <exception cref="VulkanUnavailableException">No loader, no driver, or no device with a compute queue.</exception>
    public void Open(ComputeJobOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Instance.IsNull) throw new InvalidOperationException("The Vulkan context is already open.");
        try
        {
            CreateInstance(options);
            ChoosePhysicalDevice();
            CreateDevice();
        }
        catch
        {
            Close();
            throw;
        }
    }

    private void CreateInstance(ComputeJobOptions options)
    {
        bool layerPresent;
        try
        {
            layerPresent = IsLayerPresent("VK_LAYER_KHRONOS_validation"u8);
        }
        catch (DllNotFoundException e)
        {
            throw new VulkanUnavailableException($"The Vulkan loader ({LoaderLibrary}) is not installed.", e);
        }
        if (options.RequireValidation && !layerPresent)
        {
            throw new VulkanUnavailableException($"{ValidationLayer} is required but not installed (Debian package vulkan-validationlayers).");
        }
        ValidationEnabled = options.Validation && layerPresent;
        SynchronizationValidationEnabled = ValidationEnabled && options.SynchronizationValidation
            && LayerHasExtension(ValidationLayer, "VK_EXT_validation_features"u8);
        InstanceCreateInfo createInfo = new()
        {
            ApplicationInfo = new ApplicationInfo
            {
                ApplicationName = "ParamArena VulkanStructs",
                ApplicationVersion = VulkanVersion.Make(1, 0, 0),
                EngineName = "ParamArena",
                EngineVersion = VulkanVersion.Make(1, 0, 0),
                ApiVersion = VulkanVersion.Vulkan10,
            },
            EnabledLayerNames = ValidationEnabled ? s_validationLayers : null,
            EnabledExtensionNames = !ValidationEnabled ? null : SynchronizationValidationEnabled ? s_debugAndFeatureExtensions : s_debugExtensions,
        };

        // Chained after the instance create-info, the messenger also reports on vkCreateInstance and
        // vkDestroyInstance themselves; the validation features ride one link further down the chain.
        Result result = !ValidationEnabled ? Vk.CreateInstance(in createInfo, null, out Instance instance)
            : !SynchronizationValidationEnabled ? Vk.CreateInstance(createInfo.Then(ValidationMessenger.CreateInfo()), null, out instance)
            : Vk.CreateInstance(createInfo.Then(ValidationMessenger.CreateInfo()).Then(new ValidationFeaturesEXT { EnabledValidationFeatures = s_synchronizationValidation }),
                null, out instance);
        if (result == Result.ErrorIncompatibleDriver)
        {
            throw new VulkanUnavailableException("No Vulkan driver accepted the instance (VK_ERROR_INCOMPATIBLE_DRIVER).");
        }
        VulkanException.ThrowIfFailed(result, "vkCreateInstance");
        Instance = instance;
        InstanceCommands.LoadFunctions(new InstanceProcAddrLoader(instance));
        if (ValidationEnabled) Messenger = ValidationMessenger.Create(InstanceCommands, instance);
    }

    private static bool IsLayerPresent(ReadOnlySpan<byte> name)
    {
        using ArenaLease lease = ArenaLease.Rent();
        VulkanException.ThrowIfFailed(Vk.EnumerateInstanceLayerProperties(lease, out Span<LayerProperties> layers), "vkEnumerateInstanceLayerProperties");
        foreach (ref LayerProperties layer in layers)
        {
            if (FixedName.Is(layer.LayerName, name)) return true;
        }
        return false;
    }

    private static bool LayerHasExtension(string layer, ReadOnlySpan<byte> extension)
    {
        using ArenaLease lease = ArenaLease.Rent();
        VulkanException.ThrowIfFailed(Vk.EnumerateInstanceExtensionProperties(layer, lease, out Span<ExtensionProperties> extensions),
            "vkEnumerateInstanceExtensionProperties");
        foreach (ref ExtensionProperties properties in extensions)
        {
            if (FixedName.Is(properties.ExtensionName, extension)) return true;
        }
        return false;
    }

    private void ChoosePhysicalDevice()
    {
        using ArenaLease lease = ArenaLease.Rent();
        VulkanException.ThrowIfFailed(InstanceCommands.EnumeratePhysicalDevices(Instance, lease, out Span<PhysicalDevice> devices), "vkEnumeratePhysicalDevices");
        if (devices.IsEmpty) throw new VulkanUnavailableException("The Vulkan loader found no physical device.");

        // Prefer a discrete GPU, then an integrated one, then anything with a compute queue (lavapipe).
        int bestRank = int.MaxValue;
        for (int i = 0; i < devices.Length; i++)
        {
            PhysicalDeviceProperties.Native properties;
            InstanceCommands.GetPhysicalDeviceProperties(devices[i], &properties);
            if (FindComputeFamily(InstanceCommands, devices[i], out uint family, out uint families, out uint? other) is false) continue;
            int rank = properties.DeviceType switch
            {
                PhysicalDeviceType.DiscreteGpu => 0,
                PhysicalDeviceType.IntegratedGpu => 1,
                PhysicalDeviceType.VirtualGpu => 2,
                PhysicalDeviceType.Cpu => 3,
                _ => 4,
            };
            if (rank >= bestRank) continue;
            bestRank = rank;
            PhysicalDevice = devices[i];
            _properties = properties;
            ComputeQueueFamily = family;
            QueueFamilyCount = families;
            OtherQueueFamily = other;
        }
        if (bestRank == int.MaxValue) throw new VulkanUnavailableException("No Vulkan device has a compute queue.");
        InstanceCommands.GetPhysicalDeviceMemoryProperties(PhysicalDevice, out _memoryProperties);
    }

    private static bool FindComputeFamily(InstanceCommands commands, PhysicalDevice device, out uint computeFamily, out uint familyCount, out uint? otherFamily)
    {
        computeFamily = 0;
        otherFamily = null;
        using ArenaLease lease = ArenaLease.Rent();
        commands.GetPhysicalDeviceQueueFamilyProperties(device, lease, out Span<QueueFamilyProperties> families);
        familyCount = (uint)families.Length;
        bool found = false;
        for (uint i = 0; i < familyCount; i++)
        {
            if (!found && (families[(int)i].QueueFlags & QueueFlags.Compute) != 0 && families[(int)i].QueueCount > 0)
            {
                computeFamily = i;
                found = true;
            }
        }
        for (uint i = 0; i < familyCount && found; i++)
        {
            if (i != computeFamily)
            {
                otherFamily = i;
                break;
            }
        }
        return found;
    }

    private void CreateDevice()
    {
        // Reused across opens, so opening again allocates nothing.
        _queueCreateInfos[0] = new DeviceQueueCreateInfo
        {
            QueueFamilyIndex = ComputeQueueFamily,
            QueuePriorities = s_queuePriorities,
        };
        DeviceCreateInfo createInfo = new()
        {
            QueueCreateInfos = _queueCreateInfos,
        };
        VulkanException.ThrowIfFailed(InstanceCommands.CreateDevice(PhysicalDevice, in createInfo, null, out Device device), "vkCreateDevice");
        Device = device;
        Commands.LoadFunctions(new DeviceProcAddrLoader(device));
        Commands.GetDeviceQueue(device, ComputeQueueFamily, 0, out Queue queue);
        Queue = queue;
    }

    /// <summary>Closes the context (see <see cref="Close"/>).</summary>
    public void Dispose() => Close();

    /// <summary>Destroys the device, the messenger and the instance (in that order); the context can be opened again.</summary>
    public void Close()
    {
        if (!Device.IsNull)
        {
            Commands.DeviceWaitIdle(Device);
            Commands.DestroyDevice(Device, null);
            Device = default;
        }
        if (!Instance.IsNull)
        {
            ValidationMessenger.Destroy(InstanceCommands, Instance, Messenger);
            Messenger = default;
            InstanceCommands.DestroyInstance(Instance, null);
            Instance = default;
        }
    }
}
