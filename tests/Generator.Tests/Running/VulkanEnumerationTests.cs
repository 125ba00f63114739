using System;
using System.Linq;
using ParamArena.Generator.Tests.Interop;
using Xunit;
using static ParamArena.Generator.Tests.Interop.VulkanEnumerations;

namespace ParamArena.Generator.Tests.Running;

/// <summary>
/// [ArenaEnumerated] against the Vulkan loader and Mesa's lavapipe: each enumeration returns what the same command
/// called twice by hand returns.
/// </summary>
public sealed unsafe class VulkanEnumerationTests
{
    private const string ValidationLayer = "VK_LAYER_KHRONOS_validation";

    [Fact]
    public void InstanceLayersAreTheLoadersListWithTheValidationLayerInIt()
    {
        Assert.Equal(Result.Success, EnumerateInstanceLayerProperties(out LayerProperties[] layers));
        uint count = 0;
        Assert.Equal(Result.Success, Raw.EnumerateInstanceLayerProperties(&count, null));
        LayerProperties[] byHand = new LayerProperties[count];
        fixed (LayerProperties* items = byHand) Raw.EnumerateInstanceLayerProperties(&count, items);
        Assert.Equal(byHand.Take((int)count).Select(l => l.Name), layers.Select(l => l.Name));
        Assert.Contains(ValidationLayer, layers.Select(l => l.Name));

        // The same list as shapes, with the names and descriptions read back from VkLayerProperties' char arrays.
        Assert.Equal(Result.Success, EnumerateInstanceLayers(out LayerInfo[] infos));
        Assert.Equal(layers.Select(l => (l.Name, l.SpecVersion, l.ImplementationVersion, Description(l))),
            infos.Select(i => (i.LayerName!, i.SpecVersion, i.ImplementationVersion, i.Description!)));
    }

    private static string Description(LayerProperties layer) => System.Runtime.InteropServices.Marshal.PtrToStringUTF8((nint)layer.Description)!;

    [Fact]
    public void InstanceExtensionsOfTheLoaderAndOfALayerMatchTheTwoCallsByHand()
    {
        foreach (string? layer in new[] { null, ValidationLayer })
        {
            Assert.Equal(Result.Success, EnumerateInstanceExtensionProperties(layer, out ExtensionProperties[] extensions));
            Assert.Equal(ByHand(layer), extensions.Select(e => e.Name));
            Assert.NotEmpty(extensions);
        }
        Assert.Contains("VK_EXT_debug_utils", ByHand(ValidationLayer));
    }

    [Fact]
    public void ExtensionsInTheCallersLeaseCostNoManagedBytes()
    {
        using ArenaLease lease = ArenaLease.Rent();
        EnumerateInstanceExtensionProperties(lease, ValidationLayer, out Span<ExtensionProperties> warm);
        long before = GC.GetAllocatedBytesForCurrentThread();
        Result result = EnumerateInstanceExtensionProperties(lease, ValidationLayer, out Span<ExtensionProperties> extensions);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(Result.Success, result);
        Assert.Equal(0, allocated);
        Assert.Equal(ByHand(ValidationLayer), extensions.ToArray().Select(e => e.Name));
        Assert.Equal(warm.Length, extensions.Length);
    }

    [Fact]
    public void PhysicalDevicesAndTheirQueueFamiliesMatchTheTwoCallsByHand()
    {
        InstanceCreateInfo info = new() { SType = 1 };
        Assert.Equal(Result.Success, CreateInstance(in info, null, out nint instance));
        try
        {
            Assert.Equal(Result.Success, EnumeratePhysicalDevices(instance, out nint[] devices));
            uint count = 0;
            Raw.EnumeratePhysicalDevices(instance, &count, null);
            nint[] byHand = new nint[count];
            fixed (nint* items = byHand) Raw.EnumeratePhysicalDevices(instance, &count, items);
            Assert.Equal(byHand.Take((int)count), devices);
            Assert.NotEmpty(devices);

            foreach (nint device in devices)
            {
                GetPhysicalDeviceQueueFamilyProperties(device, out QueueFamilyProperties[] families);
                uint familyCount = 0;
                Raw.GetPhysicalDeviceQueueFamilyProperties(device, &familyCount, null);
                QueueFamilyProperties[] familiesByHand = new QueueFamilyProperties[familyCount];
                fixed (QueueFamilyProperties* items = familiesByHand) Raw.GetPhysicalDeviceQueueFamilyProperties(device, &familyCount, items);
                Assert.Equal(familiesByHand.Take((int)familyCount), families);
                Assert.Contains(families, f => f.QueueCount > 0);
            }
        }
        finally
        {
            DestroyInstance(instance, null);
        }
    }

    private static string[] ByHand(string? layer)
    {
        byte* name = layer is null ? null : (byte*)System.Runtime.InteropServices.Marshal.StringToCoTaskMemUTF8(layer);
        try
        {
            uint count = 0;
            Raw.EnumerateInstanceExtensionProperties(name, &count, null);
            ExtensionProperties[] items = new ExtensionProperties[count];
            fixed (ExtensionProperties* pointer = items) Raw.EnumerateInstanceExtensionProperties(name, &count, pointer);
            return items.Take((int)count).Select(e => e.Name).ToArray();
        }
        finally
        {
            System.Runtime.InteropServices.Marshal.FreeCoTaskMem((nint)name);
        }
    }
}
