using System.Threading.Tasks;
using ParamArena.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyMethod = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Usage.InteropMethodAnalyzer>;

namespace ParamArena.Analyzers.Tests.Rules;

public sealed class PA0001NotStaticPartialTests
{
    [Fact]
    public Task AnInstanceMethodIsReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        partial class Api
        {
            [ArenaMarshal("native")]
            public partial int {|PA0001:Compute|}(int value);
        }
        """));

    [Fact]
    public Task AMethodThatIsNotPartialIsReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static partial class Api
        {
            [ArenaMarshal("native")]
            public static int {|PA0001:Compute|}(int value) => value;
        }
        """));

    [Fact]
    public Task AnExternMethodIsReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static partial class Api
        {
            [ArenaMarshal("native")]
            public static extern int {|PA0001:Compute|}(int value);
        }
        """));

    [Fact]
    public Task AStaticPartialDeclarationIsNotReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static partial class Api
        {
            [ArenaMarshal("native")]
            public static partial int Compute(int value);
        }
        """));

    [Fact]
    public Task AStaticPartialDeclarationWithItsGeneratedPartIsNotReported() => VerifyMethod.AnalyzerAsync(Snippet.File("""
        static partial class Api
        {
            [ArenaMarshal("native")]
            public static partial int Compute(int value);
        }
        static partial class Api
        {
            public static partial int Compute(int value) => value;
        }
        """));
}
