using BenchmarkDotNet.Attributes;
using ParamArena.Benchmarks.Vulkan.HandWritten;
using SilkVk = Silk.NET.Vulkan;
using Reg = VulkanBindings;

namespace ParamArena.Benchmarks.Vulkan;

/// <summary>
/// vkCreateBuffer + vkDestroyBuffer with a queue-family-index array, three ways: the <c>[ArenaMarshal]</c> bindings
/// generated from vk.xml (the sample's), Silk.NET.Vulkan as its tutorials write it, and hand-written unsafe code.
/// </summary>
[MemoryDiagnoser]
public unsafe class VulkanCreateBufferBenchmarks : LavapipeBenchmark
{
    private const ulong BufferSize = 4096;

    private uint[] _queueFamilyIndices = null!;

    /// <inheritdoc/>
    protected override void CreateInputs()
    {
        _queueFamilyIndices = LavapipeDevice.QueueFamilyIndices;
    }

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
            if (Raw.CreateBuffer(RawDevice, &createInfo, null, &buffer) != 0) throw new System.InvalidOperationException("vkCreateBuffer failed.");
            Raw.DestroyBuffer(RawDevice, buffer, null);
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
            if (Api.CreateBuffer(SilkDevice, in bufferInfo, null, &buffer) != SilkVk.Result.Success) throw new System.InvalidOperationException("vkCreateBuffer failed.");
            Api.DestroyBuffer(SilkDevice, buffer, null);
            return buffer.Handle;
        }
    }

    /// <summary>ParamArena on the bindings generated from vk.xml: an <c>[ArenaStruct]</c> shape holding the managed array, staged by the generated stub.</summary>
    [Benchmark]
    public ulong FromRegistry()
    {
        Reg.BufferCreateInfo createInfo = new()
        {
            Size = BufferSize,
            Usage = Reg.BufferUsageFlags.StorageBuffer,
            SharingMode = Reg.SharingMode.Exclusive,
            QueueFamilyIndices = _queueFamilyIndices,
        };
        if (RegCommands.CreateBuffer(RegDevice, createInfo, null, out Reg.Buffer buffer) != Reg.Result.Success) throw new System.InvalidOperationException("vkCreateBuffer failed.");
        RegCommands.DestroyBuffer(RegDevice, buffer, null);
        return buffer.Handle;
    }
}
