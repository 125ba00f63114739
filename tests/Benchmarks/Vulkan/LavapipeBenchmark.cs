using BenchmarkDotNet.Attributes;
using SilkVk = Silk.NET.Vulkan;
using Reg = VulkanBindings;

namespace ParamArena.Benchmarks.Vulkan;

/// <summary>
/// The lavapipe device every Vulkan benchmark calls into, with its handle as each of the three paths
/// (Silk.NET, the bindings generated from vk.xml that the sample uses, hand-written) spells it.
/// </summary>
public abstract class LavapipeBenchmark
{
    private LavapipeDevice _lavapipe = null!;

    /// <summary>Silk.NET's API object, bound to the device.</summary>
    protected SilkVk.Vk Api { get; private set; } = null!;

    /// <summary>The device as Silk.NET's handle.</summary>
    protected SilkVk.Device SilkDevice { get; private set; }

    /// <summary>The device as the handle of the bindings generated from vk.xml.</summary>
    protected Reg.Device RegDevice { get; private set; }

    /// <summary>The device table of the bindings generated from vk.xml (samples/VulkanBindings): its stubs call the device-level pointers, as Silk.NET and the hand-written path do.</summary>
    protected Reg.DeviceCommands RegCommands { get; } = new();

    /// <summary>The hand-written path's device-level function pointers.</summary>
    protected HandWritten.RawVulkan Raw { get; private set; } = null!;

    /// <summary>The device as a raw handle, for the hand-written path.</summary>
    protected nint RawDevice { get; private set; }

    /// <summary>Creates the lavapipe device, then the benchmark's inputs.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _lavapipe = new LavapipeDevice();
        Api = _lavapipe.Api;
        SilkDevice = _lavapipe.Device;
        RawDevice = _lavapipe.Device.Handle;
        RegDevice = new Reg.Device(RawDevice);
        RegCommands.LoadFunctions(new Reg.DeviceProcAddrLoader(RegDevice));
        Raw = new HandWritten.RawVulkan(RawDevice);
        CreateInputs();
    }

    /// <summary>Destroys the device.</summary>
    [GlobalCleanup]
    public void Cleanup() => _lavapipe.Dispose();

    /// <summary>Builds the input arrays each path reuses on every iteration.</summary>
    protected abstract void CreateInputs();
}
