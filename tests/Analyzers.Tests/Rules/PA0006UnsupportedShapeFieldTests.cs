using System.Threading.Tasks;
using ParamArena.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyShape = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Usage.ArenaStructAnalyzer>;

namespace ParamArena.Analyzers.Tests.Rules;

public sealed class PA0006UnsupportedShapeFieldTests
{
    [Fact]
    public Task UnsupportedFieldsAreReported() => VerifyShape.DeclarationsAsync(Snippet.File("""
        [ArenaStruct]
        partial struct Shape
        {
            public {|PA0006:List<int>|} Values;
            public {|PA0006:object|} State;
            public {|PA0006:Action|} Callback;
            public {|PA0006:int[,]|} Grid;
        }
        """));

    [Fact]
    public Task SupportedFieldsAreNotReported() => VerifyShape.DeclarationsAsync(Snippet.File("""
        enum Kind { A }
        struct Point { public int X; }
        [ArenaStruct] partial struct Inner { public int Value; }
        [ArenaStruct]
        unsafe partial struct Shape
        {
            public const int Version = 1;
            public static string? Cache;
            public int Size;
            public Kind Kind;
            public void* Next;
            public delegate* unmanaged<void> Callback;
            public Point Point;
            public bool Enabled;
            public string Name;
            public uint[]? Indices;
            public string[] Layers;
            public Inner Embedded;
            public Inner? Optional;
            public Inner[] Children;
        }
        """));
}
