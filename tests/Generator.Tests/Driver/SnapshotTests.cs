using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace ParamArena.Generator.Tests.Driver;

/// <summary>The generated source, compared with committed snapshots.</summary>
public class SnapshotTests
{
    public static IEnumerable<object[]> GeneratedFiles() =>
        GeneratorHarness.Run(GeneratorHarness.Compile(Sources.Vulkanish)).Sources.Keys.OrderBy(k => k).Select(k => new object[] { k });

    [Fact]
    public void GeneratedCodeCompilesWithoutErrors()
    {
        var (_, sources, errors) = GeneratorHarness.Run(GeneratorHarness.Compile(Sources.Vulkanish));
        Assert.Equal(7, sources.Count);
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void MatchesSnapshot(string hintName)
    {
        var (_, sources, _) = GeneratorHarness.Run(GeneratorHarness.Compile(Sources.Vulkanish));
        Snapshot.Verify(hintName.Replace(".g.cs", ""), sources[hintName]);
    }
}
