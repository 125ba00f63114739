using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;

namespace VulkanSample.Tests;

/// <summary>On a machine without a Vulkan driver the sample says what to install and exits non-zero.</summary>
public sealed class NoDriverTests
{
    [Fact]
    public async Task WithNoDriverTheSampleExplainsWhatToInstall()
    {
        // The loader reads the driver list from the environment; pointing it at nothing is a machine without a driver.
        var (exitCode, output, errors) = await SampleProcess.RunAsync(new Dictionary<string, string>
        {
            ["VK_DRIVER_FILES"] = "/nonexistent/paramarena_no_driver.json",
            ["VK_ICD_FILENAMES"] = "/nonexistent/paramarena_no_driver.json",
        }, 120_000);

        Assert.Equal(2, exitCode);
        Assert.Contains("apt-get install libvulkan1 mesa-vulkan-drivers", errors);
        Assert.DoesNotContain("verified", output);
    }
}
