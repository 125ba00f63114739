using System.Threading.Tasks;
using ParamArena.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyUnsafe = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Usage.UnsafeBlocksAnalyzer>;

namespace ParamArena.Analyzers.Tests.Rules;

public sealed class PA0009UnsafeBlocksRequiredTests
{
    private const string Code = """
        [{|#0:ArenaStruct|}]
        partial struct Shape { public string Name; }
        static partial class Api
        {
            [{|#1:ArenaMarshal("native")|}]
            public static partial int Compute(in Shape shape);
        }
        """;

    [Fact]
    public Task WithoutUnsafeEveryUseIsReported() => VerifyUnsafe.AnalyzerAsync(Snippet.Header + Code, null, allowUnsafe: false,
        VerifyUnsafe.Diagnostic("PA0009").WithLocation(0), VerifyUnsafe.Diagnostic("PA0009").WithLocation(1));

    [Fact]
    public Task WithUnsafeNothingIsReported() => VerifyUnsafe.AnalyzerAsync(Snippet.Header + Code.Replace("{|#0:", "").Replace("{|#1:", "").Replace("|}", ""), null, allowUnsafe: true);

    [Fact]
    public Task WithoutParamArenaAttributesNothingIsReported() => VerifyUnsafe.AnalyzerAsync(Snippet.Header + "static class Plain { static int Add(int a, int b) => a + b; }", null, allowUnsafe: false);
}
