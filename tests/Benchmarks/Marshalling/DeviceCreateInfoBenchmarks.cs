using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using Silk.NET.Core.Native;
using Silk.NET.Vulkan;

namespace ParamArena.Benchmarks.Marshalling;

/// <summary>
/// (d) A VkDeviceCreateInfo-like graph: 3 queue create infos, each with its own priority array.
/// The priority arrays exist before the call (an application's configuration); every variant builds the three
/// queue create infos and the device create info from them per call, in a loop, and hands C the same bytes
/// (checked once per run by <see cref="CheckEveryVariant"/>).
/// </summary>
[MemoryDiagnoser]
public unsafe class DeviceCreateInfoBenchmarks
{
    private const int QueueCount = 3;
    private readonly float[][] _priorities = { new[] { 1f }, new[] { 1f, 0.5f }, new[] { 0.25f, 0.5f, 0.75f } };

    // The shapes' array is reused, as the other variants reuse their stack or native buffer: only its elements are built per call.
    private readonly QueueInfoShape[] _queues = new QueueInfoShape[QueueCount];

    /// <summary>Calls every variant once and checks that C received the same create-info from each.</summary>
    [GlobalSetup]
    public void CheckEveryVariant()
    {
        var expected = new BenchDigest().Mix((ulong)StructureType.DeviceCreateInfo).Mix(false).Mix(0ul).Mix((ulong)QueueCount);
        for (int i = 0; i < QueueCount; i++)
        {
            expected = expected.Mix((ulong)StructureType.DeviceQueueCreateInfo).Mix(false).Mix(0ul).Mix((ulong)i).Mix((ulong)_priorities[i].Length);
            foreach (float priority in _priorities[i]) expected = expected.Mix(priority);
        }
        expected = expected.Mix(null, 0).Mix(null, 0).Mix(false);
        BenchCheck.EveryVariantSends(expected.Value,
            (nameof(HandWritten), HandWritten), (nameof(ArenaMarshal), ArenaMarshal), (nameof(DllImport), DllImport), (nameof(SilkMarshal), SilkMarshal));
    }

    /// <summary>Best hand-written code: queue infos and a copy of every priority array on the stack.</summary>
    [Benchmark(Baseline = true)]
    [SkipLocalsInit]
    public void HandWritten()
    {
        int total = 0;
        for (int i = 0; i < QueueCount; i++) total += _priorities[i].Length;
        DeviceQueueCreateInfo* queues = stackalloc DeviceQueueCreateInfo[QueueCount];
        float* priorities = stackalloc float[total];
        for (int i = 0; i < QueueCount; i++)
        {
            float[] source = _priorities[i];
            source.AsSpan().CopyTo(new Span<float>(priorities, source.Length));
            queues[i] = new DeviceQueueCreateInfo { SType = StructureType.DeviceQueueCreateInfo, QueueFamilyIndex = (uint)i, QueueCount = (uint)source.Length, PQueuePriorities = priorities };
            priorities += source.Length;
        }
        DeviceCreateInfo createInfo = new() { SType = StructureType.DeviceCreateInfo, QueueCreateInfoCount = QueueCount, PQueueCreateInfos = queues };
        BenchNative.RawDevice(&createInfo);
    }

    /// <summary>The generated [ArenaMarshal] stub over [ArenaStruct] shapes.</summary>
    [Benchmark]
    public void ArenaMarshal()
    {
        QueueInfoShape[] queues = _queues;
        for (int i = 0; i < QueueCount; i++)
            queues[i] = new QueueInfoShape { SType = StructureType.DeviceQueueCreateInfo, QueueFamilyIndex = (uint)i, QueuePriorities = _priorities[i] };
        DeviceInfoShape createInfo = new() { SType = StructureType.DeviceCreateInfo, QueueCreateInfos = queues };
        BenchNative.ArenaDevice(in createInfo);
    }

    /// <summary>[DllImport] with Marshal.AllocHGlobal/Copy for every array; the blittable queue infos are stored through a pointer.</summary>
    [Benchmark]
    public void DllImport()
    {
        DeviceQueueCreateInfo* queues = (DeviceQueueCreateInfo*)Marshal.AllocHGlobal(QueueCount * sizeof(DeviceQueueCreateInfo));
        for (int i = 0; i < QueueCount; i++)
        {
            float[] priorities = _priorities[i];
            nint copy = Marshal.AllocHGlobal(priorities.Length * sizeof(float));
            Marshal.Copy(priorities, 0, copy, priorities.Length);
            queues[i] = new DeviceQueueCreateInfo { SType = StructureType.DeviceQueueCreateInfo, QueueFamilyIndex = (uint)i, QueueCount = (uint)priorities.Length, PQueuePriorities = (float*)copy };
        }
        MarshalledDeviceInfo createInfo = new() { SType = StructureType.DeviceCreateInfo, QueueCreateInfoCount = QueueCount, QueueCreateInfos = (nint)queues };
        BenchNative.DllImportDevice(ref createInfo);
        for (int i = 0; i < QueueCount; i++) Marshal.FreeHGlobal((nint)queues[i].PQueuePriorities);
        Marshal.FreeHGlobal((nint)queues);
    }

    /// <summary>Silk.NET's idiom: GlobalMemory / SilkMarshal.Allocate for each native array, then free.</summary>
    [Benchmark]
    public void SilkMarshal()
    {
        using GlobalMemory queueMemory = GlobalMemory.Allocate(QueueCount * sizeof(DeviceQueueCreateInfo));
        DeviceQueueCreateInfo* queues = (DeviceQueueCreateInfo*)queueMemory.Handle;
        for (int i = 0; i < QueueCount; i++)
        {
            float[] priorities = _priorities[i];
            float* copy = (float*)Silk.NET.Core.Native.SilkMarshal.Allocate(priorities.Length * sizeof(float));
            priorities.AsSpan().CopyTo(new Span<float>(copy, priorities.Length));
            queues[i] = new DeviceQueueCreateInfo { SType = StructureType.DeviceQueueCreateInfo, QueueFamilyIndex = (uint)i, QueueCount = (uint)priorities.Length, PQueuePriorities = copy };
        }
        DeviceCreateInfo createInfo = new() { SType = StructureType.DeviceCreateInfo, QueueCreateInfoCount = QueueCount, PQueueCreateInfos = queues };
        BenchNative.RawDevice(&createInfo);
        for (int i = 0; i < QueueCount; i++) Silk.NET.Core.Native.SilkMarshal.Free((nint)queues[i].PQueuePriorities);
    }
}
