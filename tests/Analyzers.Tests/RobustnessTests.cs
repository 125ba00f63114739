using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ParamArena.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ParamArena.Analyzers.Tests;

/// <summary>The analyzers never throw, whatever half-written code they are given.</summary>
public sealed class RobustnessTests
{
    public static IEnumerable<object[]> BrokenCode() => new[]
    {
        new object[] { "static partial class Api { [ArenaMarshal] public static partial int F(; }" },
        new object[] { "static partial class Api { [ArenaMarshal(null!, EntryPoint = 3)] static partial Missing F(Unknown u, ref); }" },
        new object[] { "[ArenaStruct] partial struct S { public Unknown X; [ArenaCount] public int[] Y; [ArenaCount(null)] public int[] Z; }" },
        new object[] { "[ArenaStruct] partial class NotAStruct { }" },
        new object[] { "static unsafe class C { static byte* M(string s) { using var lease = ArenaLease.Rent(); var p = lease.Utf8(s) return p } }" },
        new object[] { "static unsafe class C { static void M() { var lease = ArenaLease.Rent(); goto end; lease.Dispose(); end: ; } }" },
        new object[] { "static unsafe class C { static void M() { ArenaLease lease; lease.Dispose(); byte* p = lease.Utf8(null); } }" },
        new object[] { "static unsafe class C { static System.Func<nint> M(string s) { using var lease = ArenaLease.Rent(); nint p = (nint)lease.Utf8(s); return () => { return p; }; } static void N() { M(null)(); } }" },
        new object[] { "static unsafe class C { static void M(string[] s) { using var lease = ArenaLease.Rent(); while (true) { try { var p = lease.Utf8(s[0]); if (p == null) break; } catch { continue; } finally { } } } }" },
        new object[] { "static partial class Api { [LibraryImport(\"x\")][ArenaMarshal(\"x\")] public static partial int F<T>(List<T> x); }" },
        new object[] { "static unsafe class C { static void M(dynamic d) { using var lease = ArenaLease.Rent(); d.Field = (nint)lease.Utf8(\"x\"); d.Add((nint)lease.Utf8(\"y\")); } }" },
        new object[] { "static unsafe class C { static int M(string s) { using var lease = ArenaLease.Rent(); return s switch { null => 0, _ => Local(lease.Utf8(s)) }; static int Local(byte* p) => *p; } }" },
    };

    [Theory]
    [MemberData(nameof(BrokenCode))]
    public Task NoAnalyzerThrows(string code) => AssertNoAnalyzerThrowsAsync(Snippet.Header + code);

    /// <summary>
    /// Half-typed code, as the IDE analyzes it on every keystroke. Sampled, not every prefix (one analysis costs
    /// tens of milliseconds, every prefix minutes): the file cut at the end of every line (each statement and
    /// declaration typed in full, the next not begun) and at every 37th character (cuts inside tokens, strings
    /// and argument lists), about 350 prefixes.
    /// </summary>
    [Fact]
    public async Task NoAnalyzerThrowsOnSampledPrefixesOfARealisticFile()
    {
        string file = Snippet.File(FalsePositiveSnippets.All["CreateInfoStagedAndPassedByAddress"] + "\n" + FalsePositiveSnippets.All["ArenaMarshalDeclarationsWithImplementation"]
            + "\n" + FalsePositiveSnippets.All["GrowingBufferInsideScope"] + "\n" + FalsePositiveSnippets.All["ShapesWithCountsAndNesting"]);
        foreach (int length in SampledPrefixLengths(file, 37)) await AssertNoAnalyzerThrowsAsync(file.Substring(0, length));
    }

    /// <summary>0, every multiple of <paramref name="stride"/>, every line end, and the whole length, in order.</summary>
    internal static IEnumerable<int> SampledPrefixLengths(string text, int stride)
    {
        var lengths = new SortedSet<int> { 0, text.Length };
        for (int length = stride; length < text.Length; length += stride) lengths.Add(length);
        for (int at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1)) lengths.Add(at);
        return lengths;
    }

    private static async Task AssertNoAnalyzerThrowsAsync(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview));
        var compilation = CSharpCompilation.Create("Broken", new[] { tree }, TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
        var exceptions = new System.Collections.Concurrent.ConcurrentBag<System.Exception>();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(default), onAnalyzerException: (exception, _, _) => exceptions.Add(exception), concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var withAnalyzers = compilation.WithAnalyzers(System.Collections.Immutable.ImmutableArray.Create(AllAnalyzers.Create()), options);
        var diagnostics = await withAnalyzers.GetAllDiagnosticsAsync(CancellationToken.None);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        Assert.Empty(exceptions);
    }
}
