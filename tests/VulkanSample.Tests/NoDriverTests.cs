using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace VulkanSample.Tests;

/// <summary>On a machine without a Vulkan driver the sample says what to install and exits non-zero.</summary>
public sealed class NoDriverTests
{
    [Fact]
    public async Task WithNoDriverTheSampleExplainsWhatToInstall()
    {
        // The loader reads the driver list from the environment; pointing it at nothing is a machine
        // without a driver. The sample runs in its own process so the variable reaches the native loader.
        ProcessStartInfo start = new("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "VulkanStructs.dll") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["VK_DRIVER_FILES"] = "/nonexistent/paramarena_no_driver.json",
                ["VK_ICD_FILENAMES"] = "/nonexistent/paramarena_no_driver.json",
            },
        };
        using Process sample = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        // Both pipes drain at once, so a full stderr pipe cannot stall the sample.
        Task<string> outputRead = sample.StandardOutput.ReadToEndAsync();
        Task<string> errorsRead = sample.StandardError.ReadToEndAsync();
        string output = await outputRead;
        string errors = await errorsRead;
        Assert.True(sample.WaitForExit(120_000), "the sample exits");

        Assert.Equal(2, sample.ExitCode);
        Assert.Contains("apt-get install libvulkan1 mesa-vulkan-drivers", errors);
        Assert.DoesNotContain("verified", output);
    }
}
