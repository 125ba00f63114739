using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;
using ParamArena;
using Xunit;

namespace VulkanBindings.Tests;

/// <summary>
/// An instance with VK_LAYER_KHRONOS_validation and a debug messenger, the first physical device, and a device with
/// one compute queue, all through the generated bindings: global commands from <see cref="Vk"/>, the rest through the
/// loaded <see cref="InstanceCommands"/> and <see cref="DeviceCommands"/>. Validation and performance warnings and errors
/// are collected as findings (loader notices are not findings).
/// </summary>
internal sealed unsafe class VulkanSession : IDisposable
{
    public const string ValidationLayer = "VK_LAYER_KHRONOS_validation";
    public const uint ApiVersion13 = (1u << 22) | (3u << 12);

    private GCHandle _self;

    public Instance Instance { get; }
    public InstanceCommands InstanceCommands { get; } = new();
    public DebugUtilsMessengerEXT Messenger { get; }
    public PhysicalDevice PhysicalDevice { get; }
    public uint QueueFamily { get; }
    public Device Device { get; }
    public DeviceCommands DeviceCommands { get; } = new();
    public Queue Queue { get; }
    public List<string> Findings { get; } = new();
    public int Messages { get; private set; }

    public VulkanSession()
    {
        Assert.True(HasValidationLayer(), ValidationLayer + " is not installed (eng/install-prerequisites.sh installs it)");
        _self = GCHandle.Alloc(this);
        DebugUtilsMessengerCreateInfoEXT messengerInfo = MessengerInfo();
        // A 2-link chain: the messenger reports on vkCreateInstance itself, the validation features turn on
        // synchronization validation (the layer offers VK_EXT_validation_features).
        var instanceInfo = new InstanceCreateInfo
        {
            ApplicationInfo = new ApplicationInfo { ApplicationName = "VulkanBindings.Tests", ApiVersion = ApiVersion13 },
            EnabledLayerNames = [ValidationLayer],
            EnabledExtensionNames = ["VK_EXT_debug_utils", "VK_EXT_validation_features"],
        }
            .Then(messengerInfo)
            .Then(new ValidationFeaturesEXT { EnabledValidationFeatures = [ValidationFeatureEnableEXT.SynchronizationValidation] });
        Check(Vk.CreateInstance(in instanceInfo, null, out Instance instance), "vkCreateInstance");
        Instance = instance;
        InstanceCommands.LoadFunctions(new InstanceProcAddrLoader(instance));
        Check(InstanceCommands.CreateDebugUtilsMessengerEXT(instance, in messengerInfo, null, out DebugUtilsMessengerEXT messenger), "vkCreateDebugUtilsMessengerEXT");
        Messenger = messenger;

        Check(InstanceCommands.EnumeratePhysicalDevices(instance, out PhysicalDevice[] devices), "vkEnumeratePhysicalDevices");
        Assert.True(devices.Length > 0, "no Vulkan device (mesa-vulkan-drivers provides lavapipe)");
        PhysicalDevice = devices[0];
        QueueFamily = ComputeQueueFamily();

        DeviceCreateInfo deviceInfo = new()
        {
            QueueCreateInfos = [new DeviceQueueCreateInfo { QueueFamilyIndex = QueueFamily, QueuePriorities = [1f] }],
        };
        Check(InstanceCommands.CreateDevice(PhysicalDevice, in deviceInfo, null, out Device device), "vkCreateDevice");
        Device = device;
        DeviceCommands.LoadFunctions(new DeviceProcAddrLoader(device));
        DeviceCommands.GetDeviceQueue(device, QueueFamily, 0, out Queue queue);
        Queue = queue;
    }

    public void Dispose()
    {
        DeviceCommands.DeviceWaitIdle(Device);
        DeviceCommands.DestroyDevice(Device, null);
        InstanceCommands.DestroyDebugUtilsMessengerEXT(Instance, Messenger, null);
        InstanceCommands.DestroyInstance(Instance, null);
        _self.Free();
    }

    public static void Check(Result result, string command)
    {
        if (result != Result.Success) Assert.Fail($"{command} returned {result}");
    }

    public static string Text(ByteArray256 bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        int end = span.IndexOf((byte)0);
        return Encoding.UTF8.GetString(end < 0 ? span : span[..end]);
    }

    private DebugUtilsMessengerCreateInfoEXT MessengerInfo() => new()
    {
        MessageSeverity = DebugUtilsMessageSeverityFlagsEXT.Verbose | DebugUtilsMessageSeverityFlagsEXT.Info
            | DebugUtilsMessageSeverityFlagsEXT.Warning | DebugUtilsMessageSeverityFlagsEXT.Error,
        MessageType = DebugUtilsMessageTypeFlagsEXT.General | DebugUtilsMessageTypeFlagsEXT.Validation | DebugUtilsMessageTypeFlagsEXT.Performance,
        PfnUserCallback = &OnMessage,
        UserData = (void*)GCHandle.ToIntPtr(_self),
    };

    private static bool HasValidationLayer()
    {
        // The two calls by hand, as the generated enumeration helpers make them.
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

    private uint ComputeQueueFamily()
    {
        InstanceCommands.GetPhysicalDeviceQueueFamilyProperties(PhysicalDevice, out QueueFamilyProperties[] families);
        for (uint i = 0; i < families.Length; i++)
        {
            if ((families[i].QueueFlags & QueueFlags.Compute) != 0) return i;
        }
        throw new InvalidOperationException("no compute queue family");
    }

    [UnmanagedCallersOnly]
    private static Bool32 OnMessage(DebugUtilsMessageSeverityFlagsEXT severity, DebugUtilsMessageTypeFlagsEXT types,
        DebugUtilsMessengerCallbackDataEXT.Native* data, void* userData)
    {
        VulkanSession session = (VulkanSession)GCHandle.FromIntPtr((nint)userData).Target!;
        lock (session.Findings)
        {
            session.Messages++;
            bool finding = (severity & (DebugUtilsMessageSeverityFlagsEXT.Warning | DebugUtilsMessageSeverityFlagsEXT.Error)) != 0
                && (types & (DebugUtilsMessageTypeFlagsEXT.Validation | DebugUtilsMessageTypeFlagsEXT.Performance)) != 0;
            if (finding) session.Findings.Add(Marshal.PtrToStringUTF8((nint)data->Message) ?? "");
        }
        return false;
    }
}
