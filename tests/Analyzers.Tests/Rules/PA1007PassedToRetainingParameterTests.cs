using System.Threading.Tasks;
using ParamArena.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyEscape = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Escape.ArenaEscapeAnalyzer>;

namespace ParamArena.Analyzers.Tests.Rules;

public sealed class PA1007PassedToRetainingParameterTests
{
    private const string Registry = """
        static unsafe class Registry
        {
            public static void Keep([RetainsArgument] byte* name) { }
            public static void Look(byte* name) { }
        }
        """;

    [Fact]
    public Task PassingAnArenaPointerToARetainingParameterIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Register(string s)
        {
            using var lease = ArenaLease.Rent();
            byte* name = lease.Utf8(s);
            Registry.Keep({|PA1007:name|});
        }
        """) + Registry);

    [Fact]
    public Task PassingAPointerDerivedFromAnArenaPointerIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Register(string s)
        {
            using var lease = ArenaLease.Rent();
            byte* name = lease.Utf8(s);
            Registry.Keep({|PA1007:name + 2|});
        }
        """) + Registry);

    [Fact]
    public Task PassingTheCallersLeaseMemoryToARetainingConstructorIsReported() => VerifyEscape.AnalyzerAsync(Snippet.File("""
        sealed class Entry { public Entry([RetainsArgument] nint name) { } }
        static unsafe class Code
        {
            static Entry Make(ArenaLease lease, string s) => new Entry({|PA1007:(nint)lease.Utf8(s)|});
        }
        """));

    [Fact]
    public Task PassingToAParameterWithoutTheAttributeIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Register(string s)
        {
            using var lease = ArenaLease.Rent();
            byte* name = lease.Utf8(s);
            Registry.Look(name);
        }
        """) + Registry);

    [Fact]
    public Task PassingMemoryThatIsNotFromTheArenaIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Register()
        {
            byte* owned = (byte*)NativeMemory.Alloc(8);
            Registry.Keep(owned);
        }
        """) + Registry);
}
