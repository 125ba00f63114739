using BenchmarkDotNet.Attributes;
using ParamArena.Benchmarks.Vulkan.HandWritten;
using SilkVk = Silk.NET.Vulkan;
using Gen = VulkanStructs.Vulkan;

namespace ParamArena.Benchmarks.Vulkan;

/// <summary>
/// vkCreateBuffer + vkDestroyBuffer with a queue-family-index array, three ways: the sample's generated
/// <c>[ArenaMarshal]</c> bindings, Silk.NET.Vulkan as its tutorials write it, and hand-written unsafe code.
/// </summary>
[MemoryDiagnoser]
public unsafe class VulkanCreateBufferBenchmarks
{
    private const ulong BufferSize = 4096;

    private LavapipeDevice _device = null!;
    private SilkVk.Vk _vk = null!;
    private SilkVk.Device _silkDevice;
    private Gen.Device _genDevice;
    private nint _rawDevice;
    private uint[] _queueFamilyIndices = null!;

    /// <summary>Creates the lavapipe device.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _device = new LavapipeDevice();
        _vk = _device.Api;
        _silkDevice = _device.Device;
        _rawDevice = _device.Device.Handle;
        _genDevice = new Gen.Device(_rawDevice);
        _queueFamilyIndices = LavapipeDevice.QueueFamilyIndices;
    }

    /// <summary>Destroys the device.</summary>
    [GlobalCleanup]
    public void Cleanup() => _device.Dispose();

    /// <summary>Hand-written: the native struct on the stack, the index array pinned with <c>fixed</c>.</summary>
    [Benchmark(Baseline = true)]
    public ulong HandWritten()
    {
        fixed (uint* indices = _queueFamilyIndices)
        {
            RawBufferCreateInfo createInfo = new()
            {
                SType = 12,
                Size = BufferSize,
                Usage = 0x20,
                SharingMode = 0,
                QueueFamilyIndexCount = (uint)_queueFamilyIndices.Length,
                PQueueFamilyIndices = indices,
            };
            ulong buffer;
            if (RawVulkan.CreateBuffer(_rawDevice, &createInfo, null, &buffer) != 0) throw new System.InvalidOperationException("vkCreateBuffer failed.");
            RawVulkan.DestroyBuffer(_rawDevice, buffer, null);
            return buffer;
        }
    }

    /// <summary>Silk.NET.Vulkan 2.23.0, tutorial style: <c>fixed</c> for the indices and the output handle.</summary>
    [Benchmark]
    public ulong SilkNet()
    {
        fixed (uint* indices = _queueFamilyIndices)
        {
            SilkVk.BufferCreateInfo bufferInfo = new()
            {
                SType = SilkVk.StructureType.BufferCreateInfo,
                Size = BufferSize,
                Usage = SilkVk.BufferUsageFlags.StorageBufferBit,
                SharingMode = SilkVk.SharingMode.Exclusive,
                QueueFamilyIndexCount = (uint)_queueFamilyIndices.Length,
                PQueueFamilyIndices = indices,
            };
            SilkVk.Buffer buffer = default;
            if (_vk.CreateBuffer(_silkDevice, in bufferInfo, null, &buffer) != SilkVk.Result.Success) throw new System.InvalidOperationException("vkCreateBuffer failed.");
            _vk.DestroyBuffer(_silkDevice, buffer, null);
            return buffer.Handle;
        }
    }

    /// <summary>ParamArena: an <c>[ArenaStruct]</c> shape holding the managed array, staged by the generated stub.</summary>
    [Benchmark]
    public ulong Generated()
    {
        Gen.BufferCreateInfo createInfo = new()
        {
            SType = Gen.StructureType.BufferCreateInfo,
            Size = BufferSize,
            Usage = Gen.BufferUsageFlags.StorageBuffer,
            SharingMode = Gen.SharingMode.Exclusive,
            QueueFamilyIndices = _queueFamilyIndices,
        };
        if (Gen.Vk.CreateBuffer(_genDevice, createInfo, null, out Gen.Buffer buffer) != Gen.Result.Success) throw new System.InvalidOperationException("vkCreateBuffer failed.");
        Gen.Vk.DestroyBuffer(_genDevice, buffer, null);
        return buffer.Handle;
    }
}
