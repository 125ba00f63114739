using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace ParamArena.Repository.Tests;

/// <summary>
/// The benchmarks are not run in CI (they need a quiet machine), but what makes their comparisons fair is
/// checked here: the built benchmark program's <c>--check</c> mode (every variant of a marshalling case hands
/// its C target the same data; each arena case measures what its name says) must pass. A generator change that
/// staged other bytes than the hand-written code fails this test rather than looking faster.
/// </summary>
/// <remarks>
/// The program is the one eng/test.sh builds with the solution before any test starts; the test builds nothing
/// itself, since a nested build would race the tests of other projects that build or pack the same sources.
/// Run alone, it needs <c>dotnet build tests/Benchmarks -c Release</c> first, and says so.
/// </remarks>
public sealed class BenchmarkChecksTests
{
    [Fact]
    public async Task EveryBenchmarkCaseComparesEqualWork()
    {
        string project = Path.Combine(Scripts.Root, "tests", "Benchmarks");
        string program = Path.Combine(project, "bin", "Release", "net10.0", "ParamArena.Benchmarks.dll");
        Assert.True(File.Exists(program), $"{program} is missing: build tests/Benchmarks in Release first (eng/test.sh does)");
        DateTime newestSource = Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Max(File.GetLastWriteTimeUtc);
        Assert.True(File.GetLastWriteTimeUtc(program) >= newestSource, $"{program} is older than the benchmark sources: build tests/Benchmarks in Release first");

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(program);
        start.ArgumentList.Add("--check");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string check = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "--check did not finish in 5 minutes");
        check += await stderr;

        Assert.True(process.ExitCode == 0, "a benchmark case compares different work:\n" + check);
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
}
