using System.IO;
using Xunit;

namespace ParamArena.Package.Tests;

/// <summary>
/// The runtime is AOT-compatible and the generated stubs need no runtime marshalling: the Vulkan
/// sample publishes with NativeAOT without a trim or AOT warning, and the native executable runs its
/// compute job on lavapipe.
/// </summary>
public sealed class NativeAotSampleTests
{
    [Fact]
    public void Vulkan_sample_publishes_with_NativeAOT_without_warnings_and_verifies_its_results()
    {
        string root = PackedFeed.FindRepositoryRoot();
        string output = Directory.CreateTempSubdirectory("paramarena-aot-").FullName;
        try
        {
            DotnetCli.Result publish = DotnetCli.Run(root,
                "publish", Path.Combine(root, "samples", "VulkanStructs", "VulkanStructs.csproj"),
                "-c", "Release", "-r", "linux-x64", "-o", output, "-nodeReuse:false");
            Assert.True(publish.ExitCode == 0, "NativeAOT publish failed:\n" + publish.Output);
            Assert.DoesNotContain("warning", publish.Output, System.StringComparison.OrdinalIgnoreCase);

            string executable = Path.Combine(output, "VulkanStructs");
            Assert.True(File.Exists(executable), "no native executable at " + executable);
            Assert.False(File.Exists(Path.Combine(output, "VulkanStructs.dll")), "the publish output holds IL, not a native image");

            DotnetCli.Result run = DotnetCli.RunProgram(executable, output);
            Assert.True(run.ExitCode == 0, "the NativeAOT sample failed:\n" + run.Output);
            Assert.Contains(" 0 mismatches", run.Output);
            Assert.Contains("0 warnings/errors", run.Output);
            Assert.Contains("Managed bytes allocated by the Vulkan calls after warm-up: 0", run.Output);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
