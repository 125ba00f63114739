using System.Threading.Tasks;
using ParamArena.CodeFixes;
using Xunit;
using VerifySuggestion = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Usage.InteropMethodAnalyzer>;

namespace ParamArena.Analyzers.Tests.CodeFixes;

public sealed class ConvertToArenaMarshalCodeFixTests
{
    [Fact]
    public Task TheAttributeIsReplacedAndItsArgumentsMoved() => VerifySuggestion.CodeFixAsync<ConvertToArenaMarshalCodeFix>("""
        using System.Runtime.InteropServices;
        using ParamArena;

        static partial class Api
        {
            /// <summary>Joins strings.</summary>
            [LibraryImport("native", EntryPoint = "join_all", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
            public static partial int {|PA0010:Join|}(string[] parts, int count);
        }
        """, """
        using System.Runtime.InteropServices;
        using ParamArena;

        static partial class Api
        {
            /// <summary>Joins strings.</summary>
            [ArenaMarshal("native", EntryPoint = "join_all", SetLastError = true)]
            public static partial int Join(string[] parts, int count);
        }
        """);

    [Fact]
    public Task Utf16IsKeptAndTheNamespaceImported() => VerifySuggestion.CodeFixAsync<ConvertToArenaMarshalCodeFix>("""
        using System.Runtime.InteropServices;

        static partial class Api
        {
            [LibraryImport("native", StringMarshalling = StringMarshalling.Utf16)]
            public static partial int {|PA0010:Join|}(string[] parts);
        }
        """, """
        using System.Runtime.InteropServices;
        using ParamArena;

        static partial class Api
        {
            [ArenaMarshal("native", StringMarshalling = StringMarshalling.Utf16)]
            public static partial int Join(string[] parts);
        }
        """);
}
