using System.Threading.Tasks;
using ParamArena.CodeFixes;
using Xunit;
using VerifyMethod = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Tests.Infrastructure.GeneratorDiagnostics>;
using VerifyShape = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Tests.Infrastructure.GeneratorDiagnostics>;

namespace ParamArena.Analyzers.Tests.CodeFixes;

public sealed class MakeTypePartialCodeFixTests
{
    [Fact]
    public Task EveryEnclosingTypeBecomesPartial() => VerifyMethod.CodeFixAsync<MakeTypePartialCodeFix>("""
        using ParamArena;

        static class Outer
        {
            class Api
            {
                [ArenaMarshal("native")]
                public static partial int {|PA0002:Compute|}(int value);
            }
        }
        """, """
        using ParamArena;

        static partial class Outer
        {
            partial class Api
            {
                [ArenaMarshal("native")]
                public static partial int Compute(int value);
            }
        }
        """);

    [Fact]
    public Task AShapeBecomesPartial() => VerifyShape.CodeFixAsync<MakeTypePartialCodeFix>("""
        using ParamArena;

        [ArenaStruct]
        public struct {|PA0008:Shape|} { public string Name; }
        """, """
        using ParamArena;

        [ArenaStruct]
        public partial struct Shape { public string Name; }
        """);
}
