using System.Threading.Tasks;
using ParamArena.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyMethod = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Usage.InteropMethodAnalyzer>;

namespace ParamArena.Analyzers.Tests.Rules;

public sealed class PA0003GenericMethodTests
{
    [Fact]
    public Task AGenericMethodIsReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static unsafe partial class Api
        {
            [ArenaMarshal("native")]
            public static partial int {|PA0003:Compute|}<T>(T* value) where T : unmanaged;
        }
        """));

    [Fact]
    public Task ANonGenericMethodIsNotReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static unsafe partial class Api
        {
            [ArenaMarshal("native")]
            public static partial int Compute(int* value);
        }
        """));
}
