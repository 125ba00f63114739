using VulkanStructs;
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

        ComputeJobResult result = ComputeJob.Run(options);

        _output.WriteLine($"{result.DeviceName} ({result.DeviceType}); {result.InfoMessages} info messages; arena high-water {result.ArenaHighWaterMark} B; {result.ManagedBytesAfterWarmUp} managed B after warm-up");
        Assert.True(result.ValidationEnabled);
        Assert.True(result.SynchronizationValidationEnabled);
        Assert.Equal(2, result.Runs);
        Assert.Equal(0, result.Mismatches);
        Assert.True(result.Verified);
        Assert.Equal(0, result.ValidationMessages);
        Assert.Equal(0, result.ManagedBytesAfterWarmUp);
        Assert.True(result.ArenaHighWaterMark > 0, "the Vulkan calls staged their create-infos in the arena");
    }

    [Fact]
    public void AnElementCountTheDeviceCannotDispatchIsRejectedBeforeTheJobRuns()
    {
        Assert.Throws<System.ArgumentOutOfRangeException>(() => ComputeJob.Run(new ComputeJobOptions { ElementCount = 0 }));
    }
}
