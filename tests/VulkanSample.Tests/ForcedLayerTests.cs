using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;

namespace VulkanSample.Tests;

/// <summary>
/// The validation layer forced from outside, the way Vulkan developers usually enable it: the loader's notice about
/// the variable is information, not a finding, so the sample still exits 0 and its calls still allocate nothing.
/// </summary>
public sealed class ForcedLayerTests
{
    [Fact]
    public async Task WithTheLayerForcedByVkInstanceLayersTheSampleExitsZeroWithoutFindings()
    {
        var (exitCode, output, errors) = await SampleProcess.RunAsync(
            new Dictionary<string, string> { ["VK_INSTANCE_LAYERS"] = "VK_LAYER_KHRONOS_validation" }, 300_000);

        Assert.True(exitCode == 0, "exit " + exitCode + "\n" + output + errors);
        Assert.Contains("0 warnings/errors", output);
        Assert.Contains("Managed bytes allocated by the Vulkan calls after warm-up: 0", output);
        Assert.DoesNotContain("[vulkan", errors);
    }
}
