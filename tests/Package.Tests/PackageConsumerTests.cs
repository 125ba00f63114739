using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace ParamArena.Package.Tests;

/// <summary>
/// Proves the one ParamArena package works on its own: consumers outside the source tree reference it
/// by PackageReference from a local feed only, build with warnings as errors, and run.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PackageConsumerTests
{
    private readonly PackedFeed _feed;

    public PackageConsumerTests(PackedFeed feed) => _feed = feed;

    [Fact]
    public void Package_carries_the_runtime_for_both_frameworks_and_the_compiler_parts()
    {
        using ZipArchive package = ZipFile.OpenRead(_feed.PackagePath);
        string[] entries = package.Entries.Select(e => e.FullName).ToArray();

        Assert.Contains("lib/net8.0/ParamArena.dll", entries);
        Assert.Contains("lib/net10.0/ParamArena.dll", entries);
        Assert.Contains("lib/net10.0/ParamArena.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/ParamArena.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/ParamArena.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/ParamArena.CodeFixes.dll", entries);
        Assert.Contains("README.md", entries);
        Assert.Contains("LICENSE", entries);
    }

    [Fact]
    public void Consumer_builds_with_warnings_as_errors_and_calls_libc_through_the_generated_stubs()
    {
        string consumer = _feed.CreateConsumer("Basic");

        DotnetCli.Result build = DotnetCli.Run(consumer, "build", "-c", "Release", "-nodeReuse:false");
        Assert.True(build.ExitCode == 0, "consumer build failed:\n" + build.Output);
        Assert.DoesNotContain(Directory.EnumerateFiles(consumer, "*.csproj").Select(File.ReadAllText), text => text.Contains("ProjectReference"));

        DotnetCli.Result run = DotnetCli.Run(consumer, "run", "-c", "Release", "--no-build");
        Assert.True(run.ExitCode == 0, "consumer run failed:\n" + run.Output);
        Assert.Contains("strlen=13", run.Output);
        Assert.Contains("written by writev", run.Output);
        Assert.Contains("writev=18", run.Output);
    }

    [Fact]
    public void Consumer_with_an_escaping_arena_pointer_gets_the_escape_diagnostic_from_the_package()
    {
        string consumer = _feed.CreateConsumer("Escape");

        DotnetCli.Result build = DotnetCli.Run(consumer, "build", "-c", "Release", "-nodeReuse:false");

        Assert.NotEqual(0, build.ExitCode);
        // PA1001: the staged pointer is returned past the end of its lease, and that is the only diagnostic.
        Assert.Matches(new Regex(@"Program\.cs\(17,\d+\): error PA1001:"), build.Output);
        Assert.DoesNotMatch(new Regex(@"error PA(?!1001:)\d{4}"), build.Output);
    }
}
