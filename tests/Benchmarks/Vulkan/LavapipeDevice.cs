using System;
using Silk.NET.Vulkan;

namespace ParamArena.Benchmarks.Vulkan;

/// <summary>
/// A Vulkan instance and logical device for the benchmarks (lavapipe on this machine; no validation
/// layer, so the loop measures the binding and the driver). All three paths use these handles.
/// </summary>
public sealed unsafe class LavapipeDevice : IDisposable
{
    private readonly Instance _instance;

    /// <summary>Creates the instance and a device with one queue of family 0.</summary>
    /// <exception cref="InvalidOperationException">No Vulkan device.</exception>
    public LavapipeDevice()
    {
        Api = Vk.GetApi();
        ApplicationInfo appInfo = new() { SType = StructureType.ApplicationInfo, ApiVersion = Vk.Version10 };
        InstanceCreateInfo instanceInfo = new() { SType = StructureType.InstanceCreateInfo, PApplicationInfo = &appInfo };
        Instance instance;
        Check(Api.CreateInstance(&instanceInfo, null, &instance), "vkCreateInstance");
        _instance = instance;

        uint count = 0;
        Check(Api.EnumeratePhysicalDevices(instance, &count, null), "vkEnumeratePhysicalDevices");
        if (count == 0) throw new InvalidOperationException("No Vulkan device: install mesa-vulkan-drivers (lavapipe).");
        PhysicalDevice* devices = stackalloc PhysicalDevice[(int)count];
        Check(Api.EnumeratePhysicalDevices(instance, &count, devices), "vkEnumeratePhysicalDevices");
        PhysicalDevice physicalDevice = devices[0];
        PhysicalDeviceProperties properties;
        Api.GetPhysicalDeviceProperties(physicalDevice, &properties);
        DeviceName = System.Text.Encoding.UTF8.GetString(new ReadOnlySpan<byte>(properties.DeviceName, 256)).TrimEnd('\0');

        float priority = 1f;
        DeviceQueueCreateInfo queueInfo = new() { SType = StructureType.DeviceQueueCreateInfo, QueueFamilyIndex = 0, QueueCount = 1, PQueuePriorities = &priority };
        DeviceCreateInfo deviceInfo = new() { SType = StructureType.DeviceCreateInfo, QueueCreateInfoCount = 1, PQueueCreateInfos = &queueInfo };
        Device device;
        Check(Api.CreateDevice(physicalDevice, &deviceInfo, null, &device), "vkCreateDevice");
        Device = device;
    }

    /// <summary>Silk.NET's API object (its function table is loaded for this device).</summary>
    public Vk Api { get; }

    /// <summary>The device, as Silk.NET sees it; <c>Device.Handle</c> is the raw VkDevice.</summary>
    public Device Device { get; }

    /// <summary>The physical device's name.</summary>
    public string DeviceName { get; }

    /// <summary>The one queue family the benchmarks name in buffer create-infos.</summary>
    public static readonly uint[] QueueFamilyIndices = [0];

    /// <summary>Destroys the device and the instance.</summary>
    public void Dispose()
    {
        Api.DestroyDevice(Device, null);
        Api.DestroyInstance(_instance, null);
        Api.Dispose();
    }

    private static void Check(Result result, string command)
    {
        if (result != Result.Success) throw new InvalidOperationException($"{command} returned {result}.");
    }
}
