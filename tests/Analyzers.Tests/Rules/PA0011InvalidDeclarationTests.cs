using System.Threading.Tasks;
using ParamArena.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyMethod = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Usage.InteropMethodAnalyzer>;
using VerifyShape = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Usage.ArenaStructAnalyzer>;

namespace ParamArena.Analyzers.Tests.Rules;

public sealed class PA0011InvalidDeclarationTests
{
    [Fact]
    public Task CustomStringMarshallingIsReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static partial class Api
        {
            [{|PA0011:ArenaMarshal("native", StringMarshalling = StringMarshalling.Custom)|}]
            public static partial int Length(string text);
        }
        """));

    [Fact]
    public Task ANullLibraryNameIsReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static partial class Api
        {
            [{|PA0011:ArenaMarshal(null!)|}]
            public static partial int Length(string text);
        }
        """));

    [Fact]
    public Task AGenericShapeIsReported() => VerifyShape.DeclarationsAsync(Snippet.File("""
        [ArenaStruct]
        partial struct {|PA0011:Box|}<T> where T : unmanaged { public T Value; }
        """));

    [Fact]
    public Task AUserWrittenNativeMemberIsReported() => VerifyShape.DeclarationsAsync(Snippet.File("""
        [ArenaStruct]
        partial struct Shape
        {
            public string Name;
            public struct {|PA0011:Native|} { }
        }
        """));

    [Fact]
    public Task AMemberNamedLikeAStagingMethodIsReported() => VerifyShape.DeclarationsAsync(Snippet.File("""
        [ArenaStruct]
        partial struct Shape
        {
            public string Name;
            public void {|PA0011:StageInto|}() { }
        }
        """));

    [Fact]
    public Task AReservedParameterNameIsReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static partial class Api
        {
            [ArenaMarshal("native")]
            public static partial int Length(string {|PA0011:__lease|});
        }
        """));

    [Fact]
    public Task Utf16AndDefaultsAreNotReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static partial class Api
        {
            [ArenaMarshal("native", StringMarshalling = StringMarshalling.Utf16)]
            public static partial int Length(string text);

            [ArenaMarshal("native", EntryPoint = "len", SetLastError = true)]
            public static partial int Length8(string text);
        }
        """));
}
