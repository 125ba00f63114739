using System.Threading.Tasks;
using ParamArena.CodeFixes;
using Xunit;
using VerifyMethod = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Tests.Infrastructure.GeneratorDiagnostics>;

namespace ParamArena.Analyzers.Tests.CodeFixes;

public sealed class KeepOneImportAttributeCodeFixTests
{
    private const string Both = """
        using System.Runtime.InteropServices;
        using ParamArena;

        static partial class Api
        {
            [LibraryImport("libc", EntryPoint = "puts", SetLastError = true)]
            [ArenaMarshal("libc")]
            public static partial int {|PA0004:Print|}(string text);
        }
        """;

    [Fact]
    public Task KeepingArenaMarshalMovesTheEntryPoint() => VerifyMethod.CodeFixAsync<KeepOneImportAttributeCodeFix>(Both, """
        using System.Runtime.InteropServices;
        using ParamArena;

        static partial class Api
        {
            [ArenaMarshal("libc", EntryPoint = "puts", SetLastError = true)]
            public static partial int Print(string text);
        }
        """, codeActionIndex: 0);

    [Fact]
    public Task KeepingLibraryImportSpellsOutTheUtf8Encoding() => VerifyMethod.CodeFixAsync<KeepOneImportAttributeCodeFix>(Both, """
        using System.Runtime.InteropServices;
        using ParamArena;

        static partial class Api
        {
            [LibraryImport("libc", EntryPoint = "puts", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
            public static partial int Print(string text);
        }
        """, codeActionIndex: 1);
}
