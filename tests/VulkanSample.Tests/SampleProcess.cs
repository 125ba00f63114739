using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace VulkanSample.Tests;

/// <summary>Runs the sample in its own process, so environment variables reach the native Vulkan loader.</summary>
internal static class SampleProcess
{
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(IReadOnlyDictionary<string, string> environment, int timeoutMilliseconds)
    {
        ProcessStartInfo start = new("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "VulkanStructs.dll") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (KeyValuePair<string, string> variable in environment) start.Environment[variable.Key] = variable.Value;
        using Process sample = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        // Both pipes drain at once, so a full stderr pipe cannot stall the sample.
        Task<string> outputRead = sample.StandardOutput.ReadToEndAsync();
        Task<string> errorsRead = sample.StandardError.ReadToEndAsync();
        string output = await outputRead;
        string errors = await errorsRead;
        Assert.True(sample.WaitForExit(timeoutMilliseconds), "the sample exits");
        return (sample.ExitCode, output, errors);
    }
}
