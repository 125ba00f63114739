using System.Threading.Tasks;
using ParamArena.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyMethod = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Usage.InteropMethodAnalyzer>;
using VerifyShape = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Usage.ArenaStructAnalyzer>;

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

    private static readonly string Plain = Code.Replace("{|#0:", "").Replace("{|#1:", "").Replace("|}", "");

    // The shape is checked with the other shape rules, the method with the other method rules.
    [Fact]
    public async Task WithoutUnsafeEveryUseIsReported()
    {
        await VerifyShape.AnalyzerAsync(Snippet.Header + Code, null, allowUnsafe: false, VerifyShape.Diagnostic("PA0009").WithLocation(0));
        await VerifyMethod.AnalyzerAsync(Snippet.Header + Code, null, allowUnsafe: false, VerifyMethod.Diagnostic("PA0009").WithLocation(1));
    }

    [Fact]
    public async Task WithUnsafeNothingIsReported()
    {
        await VerifyShape.AnalyzerAsync(Snippet.Header + Plain, null, allowUnsafe: true);
        await VerifyMethod.AnalyzerAsync(Snippet.Header + Plain, null, allowUnsafe: true);
    }

    [Fact]
    public async Task WithoutParamArenaAttributesNothingIsReported()
    {
        const string code = "static class Plain { static int Add(int a, int b) => a + b; }";
        await VerifyShape.AnalyzerAsync(Snippet.Header + code, null, allowUnsafe: false);
        await VerifyMethod.AnalyzerAsync(Snippet.Header + code, null, allowUnsafe: false);
    }
}
