using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace ParamArena.Generator.Tests.Driver;

/// <summary>The generated source, compared with committed snapshots.</summary>
public class SnapshotTests
{
    private const string PointersSource = """
        using ParamArena;
        namespace Sample;
        public static unsafe partial class Pointers
        {
            [ArenaMarshal("x")] public static partial int F(out void* a, ref byte* b, in int** c, out delegate* unmanaged<int, void> d, ref readonly nint* e);
        }
        """;

    private const string ReadBackSource = """
        using ParamArena;
        namespace Sample;
        [ArenaStruct] public partial struct Limits { public uint MaxDimension; public bool Sparse; [ArenaFixedLength(3)] public uint[]? WorkGroupCount; }
        [ArenaStruct]
        public partial struct Properties
        {
            public uint ApiVersion;
            public string? Name;
            [ArenaFixedLength(256)] public string? DeviceName;
            [ArenaFixedLength(16)] public byte[]? Uuid;
            [ArenaFixedLength(8), System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPWStr)] public string? WideName;
            [ArenaFixedLength(4)] public char[]? Letters;
            public Limits Limits;
            [ArenaCount("QueueCount")] public Limits[]? Queues;
            public Limits? Optional;
        }
        public static partial class Device
        {
            [ArenaMarshal("x")] public static partial void GetProperties(nint device, out Properties properties);
            [ArenaMarshal("x")] public static partial int Update(ref Properties properties);
            [ArenaMarshal("x")] public static partial Properties Current();
            [ArenaMarshal("x")] public static partial Limits? Find(int index);
        }
        """;

    private const string EnumerationSource = """
        using System;
        using ParamArena;
        namespace Sample;
        public enum Status { Success = 0, Incomplete = 5 }
        public static partial class Enumerate
        {
            [ArenaMarshal("vulkan", EntryPoint = "vkEnumerateInstanceExtensionProperties")]
            public static partial Status Extensions(string? layerName, [ArenaEnumerated(1, IncompleteResult = Status.Incomplete)] out ulong[] items);
            [ArenaMarshal("vulkan", EntryPoint = "vkEnumeratePhysicalDevices")]
            public static partial Status Devices(nint instance, ArenaLease lease, [ArenaEnumerated(1, IncompleteResult = Status.Incomplete)] out Span<nint> devices);
            [ArenaMarshal("libc", EntryPoint = "getgroups", SetLastError = true)]
            public static partial int GetGroups([ArenaEnumerated(0, CountType = typeof(int), CountReturned = true)] out uint[] groups);
        }
        """;

    private const string ChainSource = """
        using ParamArena;
        namespace Sample.Chains;
        public enum StructureType : uint { InstanceCreateInfo = 1, DebugInfo = 1000128004, Features2 = 1000059000, Vulkan12Features = 51 }
        [ArenaStruct, ArenaStructureType(StructureType.InstanceCreateInfo)]
        public partial struct InstanceCreateInfo { public uint Flags; [ArenaCount("EnabledLayerCount")] public string[]? EnabledLayerNames; }
        [ArenaStruct, ArenaStructureType(StructureType.DebugInfo), ArenaExtends(typeof(InstanceCreateInfo))]
        public partial struct DebugInfo { public uint Severity; }
        [ArenaStruct, ArenaStructureType(StructureType.Features2)]
        public partial struct Features2 { public uint RobustBufferAccess; }
        [ArenaStruct, ArenaStructureType(StructureType.Vulkan12Features), ArenaExtends(typeof(Features2))]
        public partial struct Vulkan12Features { public uint TimelineSemaphore; }
        public static unsafe partial class Vk
        {
            [ArenaMarshal("vulkan")]
            public static partial int CreateInstance<TChain>(in TChain createInfo, void* allocator, out nint instance)
                where TChain : struct, IArenaChain<TChain, InstanceCreateInfo>;
            [ArenaMarshal("vulkan")]
            public static partial void GetFeatures2<TChain>(nint device, ref TChain features)
                where TChain : struct, IArenaChain<TChain, Features2>;
        }
        """;

    private const string StringsSource = """
        using System;
        using System.Runtime.InteropServices;
        using ParamArena;
        namespace Sample;
        public static unsafe partial class Strings
        {
            [ArenaMarshal("libc", EntryPoint = "getcwd", SetLastError = true)]
            public static partial nint GetCwd([ArenaStringBuffer(1, CapacityType = typeof(nuint))] out string? path);

            [ArenaMarshal("libc", EntryPoint = "realpath")]
            [return: ArenaFree("free")]
            public static partial string? RealPath(string path, byte* resolved);

            [ArenaMarshal("x")]
            public static partial int Advance([ArenaFree] ref string? cursor, [ArenaCountParameter(2), MarshalAs(UnmanagedType.LPUTF8Str)] ReadOnlySpan<char> text);
        }
        """;

    /// <summary>Every source whose generated files are snapshotted; the Snapshots folder holds exactly their files.</summary>
    private static readonly string[] SnapshottedSources = [Sources.Vulkanish, PointersSource, ReadBackSource, EnumerationSource, ChainSource, StringsSource];

    public static IEnumerable<object[]> GeneratedFiles() =>
        GeneratorHarness.Run(GeneratorHarness.Compile(Sources.Vulkanish)).Sources.Keys.OrderBy(k => k).Select(k => new object[] { k });

    /// <summary>
    /// The theory below has a case per file generated now, so a file the generator stops writing would simply lose
    /// its case: this compares the committed snapshots with what is generated, both ways.
    /// </summary>
    [Fact]
    public void EveryCommittedSnapshotIsStillGeneratedAndEveryGeneratedFileHasOne()
    {
        var generated = SnapshottedSources
            .SelectMany(source => GeneratorHarness.Run(GeneratorHarness.Compile(source)).Sources.Keys)
            .Select(hint => hint.Replace(".g.cs", ""))
            .ToHashSet();
        var committed = System.IO.Directory.EnumerateFiles(Snapshot.Directory, "*.verified.cs")
            .Select(path => System.IO.Path.GetFileName(path)[..^".verified.cs".Length])
            .ToHashSet();

        var orphaned = committed.Except(generated).Order().ToArray();
        var missing = generated.Except(committed).Order().ToArray();
        if (Snapshot.Accepting)
        {
            foreach (string name in orphaned) System.IO.File.Delete(System.IO.Path.Combine(Snapshot.Directory, name + ".verified.cs"));
        }

        Assert.True(orphaned.Length == 0 && missing.Length == 0,
            $"Snapshots no longer generated{(Snapshot.Accepting ? " (deleted)" : "")}: [{string.Join(", ", orphaned)}]; generated without a snapshot: [{string.Join(", ", missing)}]");
    }

    [Fact]
    public void GeneratedCodeCompilesWithoutErrors()
    {
        var (_, sources, errors) = GeneratorHarness.Run(GeneratorHarness.Compile(Sources.Vulkanish));
        Assert.Equal(8, sources.Count);
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
        var (_, sources, errors) = GeneratorHarness.Run(GeneratorHarness.Compile(PointersSource));
        Assert.Empty(errors);
        KeyValuePair<string, string> stub = Assert.Single(sources);
        Snapshot.Verify(stub.Key.Replace(".g.cs", ""), stub.Value);
    }

    public static IEnumerable<object[]> ReadBackFiles() =>
        GeneratorHarness.Run(GeneratorHarness.Compile(ReadBackSource)).Sources.Keys.OrderBy(k => k).Select(k => new object[] { k });

    [Fact]
    public void ReadBackShapesCompile()
    {
        var (_, sources, errors) = GeneratorHarness.Run(GeneratorHarness.Compile(ReadBackSource));
        Assert.Empty(errors);
        Assert.Equal(6, sources.Count);
    }

    [Theory]
    [MemberData(nameof(ReadBackFiles))]
    public void ReadBackMatchesSnapshot(string hintName)
    {
        var (_, sources, _) = GeneratorHarness.Run(GeneratorHarness.Compile(ReadBackSource));
        Snapshot.Verify(hintName.Replace(".g.cs", ""), sources[hintName]);
    }

    public static IEnumerable<object[]> ChainFiles() =>
        GeneratorHarness.Run(GeneratorHarness.Compile(ChainSource)).Sources.Keys.OrderBy(k => k).Select(k => new object[] { k });

    [Fact]
    public void ChainShapesAndStubsCompile()
    {
        var (_, sources, errors) = GeneratorHarness.Run(GeneratorHarness.Compile(ChainSource));
        Assert.Empty(errors);
        Assert.Equal(6, sources.Count);
    }

    [Theory]
    [MemberData(nameof(ChainFiles))]
    public void ChainsMatchSnapshot(string hintName)
    {
        var (_, sources, _) = GeneratorHarness.Run(GeneratorHarness.Compile(ChainSource));
        Snapshot.Verify(hintName.Replace(".g.cs", ""), sources[hintName]);
    }

    [Fact]
    public void StringFormsCompileAndMatchSnapshots()
    {
        var (_, sources, errors) = GeneratorHarness.Run(GeneratorHarness.Compile(StringsSource));
        Assert.Empty(errors);
        Assert.Equal(3, sources.Count);
        Assert.DoesNotContain(sources.Values, source => source.Contains("generated no stub", System.StringComparison.Ordinal));
        foreach (KeyValuePair<string, string> stub in sources) Snapshot.Verify(stub.Key.Replace(".g.cs", ""), stub.Value);
    }

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void MatchesSnapshot(string hintName)
    {
        var (_, sources, _) = GeneratorHarness.Run(GeneratorHarness.Compile(Sources.Vulkanish));
        Snapshot.Verify(hintName.Replace(".g.cs", ""), sources[hintName]);
    }

    public static IEnumerable<object[]> EnumerationFiles() =>
        GeneratorHarness.Run(GeneratorHarness.Compile(EnumerationSource)).Sources.Keys.OrderBy(k => k).Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(EnumerationFiles))]
    public void EnumerationsCompileAndMatchSnapshot(string hintName)
    {
        var (_, sources, errors) = GeneratorHarness.Run(GeneratorHarness.Compile(EnumerationSource));
        Assert.Empty(errors);
        Assert.Equal(3, sources.Count);
        Snapshot.Verify(hintName.Replace(".g.cs", ""), sources[hintName]);
    }
}
