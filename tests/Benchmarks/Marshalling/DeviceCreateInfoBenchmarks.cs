using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using Silk.NET.Core.Native;
using Silk.NET.Vulkan;

namespace ParamArena.Benchmarks.Marshalling;

/// <summary>
/// (d) A VkDeviceCreateInfo-like graph: 3 queue create infos, each with its own priority array.
/// The managed inputs (priority arrays, and for ParamArena the queue shapes that reference them) exist before the call.
/// </summary>
[MemoryDiagnoser]
public unsafe class DeviceCreateInfoBenchmarks
{
    private readonly float[][] _priorities = { new[] { 1f }, new[] { 1f, 0.5f }, new[] { 0.25f, 0.5f, 0.75f } };
    private QueueInfoShape[] _queues = null!;

    /// <summary>Builds the ParamArena input graph once, as an application keeps its configuration.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _queues = new QueueInfoShape[_priorities.Length];
        for (int i = 0; i < _queues.Length; i++)
            _queues[i] = new QueueInfoShape { SType = StructureType.DeviceQueueCreateInfo, QueueFamilyIndex = (uint)i, QueuePriorities = _priorities[i] };
    }

    /// <summary>Best hand-written code: queue infos on the stack, priority arrays pinned with fixed.</summary>
    [Benchmark(Baseline = true)]
    [SkipLocalsInit]
    public void HandWritten()
    {
        DeviceQueueCreateInfo* queues = stackalloc DeviceQueueCreateInfo[3];
        fixed (float* p0 = _priorities[0])
        fixed (float* p1 = _priorities[1])
        fixed (float* p2 = _priorities[2])
        {
            queues[0] = new DeviceQueueCreateInfo { SType = StructureType.DeviceQueueCreateInfo, QueueFamilyIndex = 0, QueueCount = (uint)_priorities[0].Length, PQueuePriorities = p0 };
            queues[1] = new DeviceQueueCreateInfo { SType = StructureType.DeviceQueueCreateInfo, QueueFamilyIndex = 1, QueueCount = (uint)_priorities[1].Length, PQueuePriorities = p1 };
            queues[2] = new DeviceQueueCreateInfo { SType = StructureType.DeviceQueueCreateInfo, QueueFamilyIndex = 2, QueueCount = (uint)_priorities[2].Length, PQueuePriorities = p2 };
            DeviceCreateInfo createInfo = new() { SType = StructureType.DeviceCreateInfo, QueueCreateInfoCount = 3, PQueueCreateInfos = queues };
            BenchNative.RawDevice(&createInfo);
        }
    }

    /// <summary>The generated [ArenaMarshal] stub over [ArenaStruct] shapes.</summary>
    [Benchmark]
    public void ArenaMarshal()
    {
        DeviceInfoShape createInfo = new() { SType = StructureType.DeviceCreateInfo, QueueCreateInfos = _queues };
        BenchNative.ArenaDevice(in createInfo);
    }

    /// <summary>[DllImport] with Marshal.AllocHGlobal/Copy for every array.</summary>
    [Benchmark]
    public void DllImport()
    {
        nint queues = Marshal.AllocHGlobal(3 * sizeof(DeviceQueueCreateInfo));
        for (int i = 0; i < 3; i++)
        {
            float[] priorities = _priorities[i];
            nint copy = Marshal.AllocHGlobal(priorities.Length * sizeof(float));
            Marshal.Copy(priorities, 0, copy, priorities.Length);
            DeviceQueueCreateInfo queue = new() { SType = StructureType.DeviceQueueCreateInfo, QueueFamilyIndex = (uint)i, QueueCount = (uint)priorities.Length, PQueuePriorities = (float*)copy };
            Marshal.StructureToPtr(queue, queues + i * sizeof(DeviceQueueCreateInfo), fDeleteOld: false);
        }
        MarshalledDeviceInfo createInfo = new() { SType = StructureType.DeviceCreateInfo, QueueCreateInfoCount = 3, QueueCreateInfos = queues };
        BenchNative.DllImportDevice(ref createInfo);
        for (int i = 0; i < 3; i++) Marshal.FreeHGlobal((nint)((DeviceQueueCreateInfo*)queues)[i].PQueuePriorities);
        Marshal.FreeHGlobal(queues);
    }

    /// <summary>Silk.NET's idiom: GlobalMemory / SilkMarshal.Allocate for each native array, then free.</summary>
    [Benchmark]
    public void SilkMarshal()
    {
        using GlobalMemory queueMemory = GlobalMemory.Allocate(3 * sizeof(DeviceQueueCreateInfo));
        DeviceQueueCreateInfo* queues = (DeviceQueueCreateInfo*)queueMemory.Handle;
        for (int i = 0; i < 3; i++)
        {
            float[] priorities = _priorities[i];
            float* copy = (float*)Silk.NET.Core.Native.SilkMarshal.Allocate(priorities.Length * sizeof(float));
            priorities.AsSpan().CopyTo(new Span<float>(copy, priorities.Length));
            queues[i] = new DeviceQueueCreateInfo { SType = StructureType.DeviceQueueCreateInfo, QueueFamilyIndex = (uint)i, QueueCount = (uint)priorities.Length, PQueuePriorities = copy };
        }
        DeviceCreateInfo createInfo = new() { SType = StructureType.DeviceCreateInfo, QueueCreateInfoCount = 3, PQueueCreateInfos = queues };
        BenchNative.RawDevice(&createInfo);
        for (int i = 0; i < 3; i++) Silk.NET.Core.Native.SilkMarshal.Free((nint)queues[i].PQueuePriorities);
    }
}
