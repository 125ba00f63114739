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

    [Fact]
    public void ShapeFieldsNamedLikeTheStagingParametersCompile()
    {
        const string source = """
            using ParamArena;
            [ArenaStruct] public partial struct Odd { public int lease; public string? destination; public int[]? items; public int i; }
            public static partial class N { [ArenaMarshal("x")] public static partial int F(in Odd lease, Odd[] items, string destination, int i); }
            """;
        var (_, sources, errors) = GeneratorHarness.Run(GeneratorHarness.Compile(source));
        Assert.Equal(2, sources.Count);
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
