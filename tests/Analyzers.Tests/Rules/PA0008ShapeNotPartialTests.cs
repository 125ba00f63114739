using System.Threading.Tasks;
using ParamArena.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyShape = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Usage.ArenaStructAnalyzer>;

namespace ParamArena.Analyzers.Tests.Rules;

public sealed class PA0008ShapeNotPartialTests
{
    [Fact]
    public Task AShapeThatIsNotPartialIsReported() => VerifyShape.DeclarationsAsync(Snippet.File("""
        [ArenaStruct]
        struct {|PA0008:Shape|} { public string Name; }
        """));

    [Fact]
    public Task AContainingTypeThatIsNotPartialIsReported() => VerifyShape.DeclarationsAsync(Snippet.File("""
        static class {|PA0008:Vk|}
        {
            [ArenaStruct]
            public partial struct Shape { public string Name; }
        }
        """));

    [Fact]
    public Task APartialShapeIsNotReported() => VerifyShape.DeclarationsAsync(Snippet.File("""
        static partial class Vk
        {
            [ArenaStruct]
            public partial struct Shape { public string Name; }
        }
        """));
}
