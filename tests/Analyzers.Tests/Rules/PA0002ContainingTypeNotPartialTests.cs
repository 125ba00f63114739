using System.Threading.Tasks;
using ParamArena.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyMethod = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Usage.InteropMethodAnalyzer>;

namespace ParamArena.Analyzers.Tests.Rules;

public sealed class PA0002ContainingTypeNotPartialTests
{
    [Fact]
    public Task ATypeThatIsNotPartialIsReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static class Api
        {
            [ArenaMarshal("native")]
            public static partial int {|PA0002:Compute|}(int value);
        }
        """));

    [Fact]
    public Task AnOuterTypeThatIsNotPartialIsReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static class Outer
        {
            static partial class Api
            {
                [ArenaMarshal("native")]
                public static partial int {|PA0002:Compute|}(int value);
            }
        }
        """));

    [Fact]
    public Task PartialTypesAllTheWayOutAreNotReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static partial class Outer
        {
            static partial class Api
            {
                [ArenaMarshal("native")]
                public static partial int Compute(int value);
            }
        }
        """));
}
