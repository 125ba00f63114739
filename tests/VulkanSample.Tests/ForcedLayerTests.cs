using System;
using System.Diagnostics;
using System.IO;
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
        ProcessStartInfo start = new("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "VulkanStructs.dll") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["VK_INSTANCE_LAYERS"] = "VK_LAYER_KHRONOS_validation" },
        };
        using Process sample = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        Task<string> outputRead = sample.StandardOutput.ReadToEndAsync();
        Task<string> errorsRead = sample.StandardError.ReadToEndAsync();
        string output = await outputRead;
        string errors = await errorsRead;
        Assert.True(sample.WaitForExit(300_000), "the sample exits");

        Assert.True(sample.ExitCode == 0, "exit " + sample.ExitCode + "\n" + output + errors);
        Assert.Contains("0 warnings/errors", output);
        Assert.Contains("Managed bytes allocated by the Vulkan calls after warm-up: 0", output);
        Assert.DoesNotContain("[vulkan", errors);
    }
}
