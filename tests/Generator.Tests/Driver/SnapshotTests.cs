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

    [Fact]
    public void ReadonlyRecordNestedAndUtf16ShapesCompile()
    {
        const string source = """
            using System.Runtime.InteropServices;
            using ParamArena;
            [ArenaStruct] public readonly partial struct R { public readonly int X; public readonly string? S; }
            [ArenaStruct] public partial record struct P(int A) { public string? Name; public int[]? Values; }
            public static partial class Outer<T> { [ArenaStruct(StringMarshalling = StringMarshalling.Utf16)] internal partial struct W { public string? Name; public string[]? Names; } }
            internal static partial class N { [ArenaMarshal("x")] internal static partial int F(in R r, P p, Outer<int>.W? w); }
            """;
        var (_, sources, errors) = GeneratorHarness.Run(GeneratorHarness.Compile(source));
        Assert.True(4 == sources.Count, string.Join(", ", sources.Keys));
        Assert.Empty(errors);
        Assert.Contains("public char* Name;", sources.Single(s => s.Key.Contains(".W.")).Value);
    }

    [Fact]
    public void ByRefPointersCompileAndMatchSnapshot()
    {
        const string source = """
            using ParamArena;
            namespace Sample;
            public static unsafe partial class Pointers
            {
                [ArenaMarshal("x")] public static partial int F(out void* a, ref byte* b, in int** c, out delegate* unmanaged<int, void> d, ref readonly nint* e);
            }
            """;
        var (_, sources, errors) = GeneratorHarness.Run(GeneratorHarness.Compile(source));
        Assert.Empty(errors);
        KeyValuePair<string, string> stub = Assert.Single(sources);
        Snapshot.Verify(stub.Key.Replace(".g.cs", ""), stub.Value);
    }

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void MatchesSnapshot(string hintName)
    {
        var (_, sources, _) = GeneratorHarness.Run(GeneratorHarness.Compile(Sources.Vulkanish));
        Snapshot.Verify(hintName.Replace(".g.cs", ""), sources[hintName]);
    }
}
