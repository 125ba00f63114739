using System.Threading.Tasks;
using ParamArena.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyMethod = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Usage.InteropMethodAnalyzer>;

namespace ParamArena.Analyzers.Tests.Rules;

public sealed class PA0004BothImportAttributesTests
{
    [Fact]
    public Task BothAttributesAreReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static partial class Api
        {
            [LibraryImport("native")]
            [ArenaMarshal("native")]
            public static partial int {|PA0004:Compute|}(int value);
        }
        """));

    [Fact]
    public Task LibraryImportAloneIsNotReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static partial class Api
        {
            [LibraryImport("native")]
            public static partial int Compute(int value);
        }
        """));
}
