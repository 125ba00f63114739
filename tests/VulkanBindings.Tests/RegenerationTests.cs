using System;
using System.IO;
using System.Linq;
using System.Text;
using VulkanBindingsTool;
using Xunit;

namespace VulkanBindings.Tests;

/// <summary>The committed bindings are exactly what the tool writes from the installed vk.xml.</summary>
public sealed class RegenerationTests
{
    [Fact]
    public void RerunningTheToolReproducesEveryCommittedFileByteForByte()
    {
        BindingsGenerator bindings = SharedBindings.Get();
        string[] committed = Directory.GetFiles(RepositoryPaths.Generated, "*.cs", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(RepositoryPaths.Generated, p).Replace('\\', '/')).OrderBy(p => p, StringComparer.Ordinal).ToArray();
        string[] generated = bindings.Files.Select(f => f.Path).ToArray();

        Assert.Equal(generated, committed);
        foreach (CodeFile file in bindings.Files)
        {
            byte[] expected = Encoding.UTF8.GetBytes(file.Text);
            byte[] actual = File.ReadAllBytes(Path.Combine(RepositoryPaths.Generated, file.Path));
            Assert.True(expected.AsSpan().SequenceEqual(actual),
                $"{file.Path} differs from the tool's output: run `dotnet run --project samples/VulkanBindingsTool` and commit the result");
        }
    }
}
