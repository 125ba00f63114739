using System.Threading.Tasks;
using ParamArena.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifySuggestion = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Usage.LibraryImportSuggestionAnalyzer>;

namespace ParamArena.Analyzers.Tests.Rules;

public sealed class PA0010PreferArenaMarshalTests
{
    [Fact]
    public Task AStringArrayParameterIsReported() => VerifySuggestion.DeclarationsAsync(Snippet.File("""
        static partial class Api
        {
            [LibraryImport("native", StringMarshalling = StringMarshalling.Utf8)]
            public static partial int {|PA0010:Join|}(string[] parts, int count);
        }
        """));

    [Fact]
    public Task BlittableSignaturesAreNotReported() => VerifySuggestion.DeclarationsAsync(Snippet.File("""
        static unsafe partial class Api
        {
            [LibraryImport("native")]
            public static partial int Sum(int[] values, int count);

            [LibraryImport("native", StringMarshalling = StringMarshalling.Utf8)]
            public static partial int Length(string value);

            [LibraryImport("native")]
            public static partial int Read(byte* buffer, nuint size);
        }
        """));

    [Fact]
    public Task ACustomStringMarshallerIsNotReported() => VerifySuggestion.DeclarationsAsync(Snippet.File("""
        static partial class Api
        {
            [LibraryImport("native", StringMarshallingCustomType = typeof(object))]
            public static partial int Join(string[] parts, int count);
        }
        """));

    [Fact]
    public Task ASignatureArenaMarshalCannotTakeIsNotReported() => VerifySuggestion.DeclarationsAsync(Snippet.File("""
        static partial class Api
        {
            [LibraryImport("native", StringMarshalling = StringMarshalling.Utf8)]
            public static partial int Join(string[] parts, ref string last);
        }
        """));
}
