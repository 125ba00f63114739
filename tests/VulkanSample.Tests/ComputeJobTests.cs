using System;
using System.Runtime.CompilerServices;
using System.Threading;
using ParamArena;
using VulkanStructs;
using VulkanBindings;
using Xunit;
using Xunit.Abstractions;

namespace VulkanSample.Tests;

/// <summary>
/// Runs the sample's compute job on the machine's Vulkan device (lavapipe in CI) with
/// VK_LAYER_KHRONOS_validation enabled: the layer checks every struct the generator staged against the
/// specification, so any warning or error it reports fails the test.
/// </summary>
public sealed class ComputeJobTests
{
    private readonly ITestOutputHelper _output;

    public ComputeJobTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void TheJobComputesEveryElementUnderValidationWithoutMessages()
    {
        ComputeJobOptions options = new() { RequireValidation = true, ElementCount = 10_000, Factor = 5, Offset = 11 };

        // On a thread of its own, so the arena's figures are this job's alone, not what earlier tests left.
        ComputeJobResult? result = null;
        ArenaStats before = default, after = default;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                before = Arena.ForCurrentThread.Stats;
                result = ComputeJob.Run(options);
                after = Arena.ForCurrentThread.Stats;
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        if (failure is not null) throw new AggregateException(failure);
        Assert.NotNull(result);

        _output.WriteLine($"{result.DeviceName} ({result.DeviceType}); {result.InfoMessages} info messages; arena high-water {result.ArenaHighWaterMark} B; {result.ManagedBytesAfterWarmUp} managed B after warm-up");
        Assert.True(result.ValidationEnabled);
        Assert.True(result.SynchronizationValidationEnabled);
        Assert.Equal(2, result.Runs);
        Assert.Equal(0, result.Mismatches);
        Assert.True(result.Verified);
        Assert.Equal(0, result.ValidationMessages);
        Assert.Equal(0, result.ManagedBytesAfterWarmUp);
        Assert.Equal(0, before.HighWaterMark);
        Assert.Equal(after.HighWaterMark, result.ArenaHighWaterMark);
        Assert.Equal(0, after.BytesInUse);
        // vkCreateInstance alone stages its create-info and the application info it points to at once.
        int instanceStaging = Unsafe.SizeOf<InstanceCreateInfo.Native>() + Unsafe.SizeOf<ApplicationInfo.Native>();
        Assert.True(result.ArenaHighWaterMark >= instanceStaging,
            $"high-water {result.ArenaHighWaterMark} B is less than the instance create-info's {instanceStaging} B: it was not staged in the arena");
    }

    [Fact]
    public void AnElementCountTheDeviceCannotDispatchIsRejectedBeforeTheJobRuns()
    {
        Assert.Throws<System.ArgumentOutOfRangeException>(() => ComputeJob.Run(new ComputeJobOptions { ElementCount = 0 }));
    }
}
