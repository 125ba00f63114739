using System;
using System.Collections;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace ParamArena.Repository.Tests;

/// <summary>
/// The benchmarks are not run in CI (they need a quiet machine), but what makes their comparisons fair is
/// checked here: the project builds, and its <c>--check</c> mode (every variant of a marshalling case hands its
/// C target the same data; each arena case measures what its name says) passes. A generator change that
/// staged other bytes than the hand-written code would fail this test rather than look faster.
/// </summary>
public sealed class BenchmarkChecksTests
{
    [Fact]
    public void TheBenchmarksBuildAndEveryCaseComparesEqualWork()
    {
        string project = Path.Combine(Scripts.Root, "tests", "Benchmarks");
        (int buildExit, string build) = Run("dotnet", project, "build", "-c", "Release", "-nodeReuse:false", "-v:q");
        Assert.True(buildExit == 0, "the benchmark project does not build:\n" + build);

        (int checkExit, string check) = Run("dotnet", project, Path.Combine(project, "bin", "Release", "net10.0", "ParamArena.Benchmarks.dll"), "--check");
        Assert.True(checkExit == 0, "a benchmark case compares different work:\n" + check);
        Assert.DoesNotContain("FAIL", check);
        foreach (string name in new[]
        {
            "OneStringBenchmarks.CheckEveryVariant", "EightStringsBenchmarks.CheckEveryVariant", "InstanceCreateInfoBenchmarks.CheckEveryVariant",
            "DeviceCreateInfoBenchmarks.CheckEveryVariant", "TenBlockBatchBenchmarks.CheckWhatTheArenaCasesMeasure",
        })
        {
            Assert.Contains("ok    " + name, check);
        }
    }

    private static (int ExitCode, string Output) Run(string program, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        // A nested build must not inherit the test host's MSBuild node or SDK resolution settings.
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            string name = (string)variable.Key;
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                start.Environment.Remove(name);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in 10 minutes");
        }
        return (process.ExitCode, stdout + stderr.Result);
    }
}
