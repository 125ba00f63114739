using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ParamArena.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace ParamArena.Analyzers.Tests.Corpus;

/// <summary>
/// Scores the escape analysis on the corpus: every escaping method must get its rule (recall), no correct method may
/// get any safety diagnostic (precision), and what is missed must be exactly the documented limits.
/// </summary>
public sealed class EscapeCorpusTests
{
    private readonly ITestOutputHelper _output;

    public EscapeCorpusTests(ITestOutputHelper output) => _output = output;

    public static IReadOnlyList<CorpusCase> All => EscapingCases.All.Concat(SafeCases.All).ToArray();

    [Fact]
    public void TheCorpusCoversEveryClassWithEnoughMethods()
    {
        Assert.True(EscapingCases.All.Count >= 80, $"only {EscapingCases.All.Count} escaping methods");
        Assert.True(SafeCases.All.Count >= 80, $"only {SafeCases.All.Count} safe methods");
        Assert.All(EscapingCases.All, @case => Assert.NotNull(@case.Rule));
        Assert.All(SafeCases.All, @case => Assert.Null(@case.Rule));
        Assert.Equal(All.Count, All.Select(@case => @case.Name).Distinct().Count());
        foreach (EscapeClass kind in Enum.GetValues<EscapeClass>())
        {
            Assert.Contains(EscapingCases.All, @case => @case.Class == kind);
            Assert.Contains(SafeCases.All, @case => @case.Class == kind);
        }
    }

    [Fact]
    public async Task PrecisionIsCompleteAndRecallAtLeastNinetyFivePercent()
    {
        Dictionary<string, List<Diagnostic>> found = await AnalyzeAsync(All);

        var caught = new List<CorpusCase>();
        var missed = new List<CorpusCase>();
        var falsePositives = new List<CorpusCase>();
        foreach (CorpusCase @case in All)
        {
            List<Diagnostic> diagnostics = found[@case.Name];
            if (@case.Escapes)
            {
                if (diagnostics.Any(diagnostic => diagnostic.Id == @case.Rule)) caught.Add(@case);
                else missed.Add(@case);
            }
            else if (diagnostics.Count > 0)
            {
                falsePositives.Add(@case);
            }
        }

        double precision = caught.Count + falsePositives.Count == 0 ? 1 : (double)caught.Count / (caught.Count + falsePositives.Count);
        double recall = (double)caught.Count / EscapingCases.All.Count;
        var report = new StringBuilder();
        report.AppendLine($"escaping {EscapingCases.All.Count}, safe {SafeCases.All.Count}: caught {caught.Count}, missed {missed.Count}, false positives {falsePositives.Count}");
        report.AppendLine($"precision {precision:P1}, recall {recall:P1}");
        foreach (CorpusCase @case in missed) report.AppendLine($"  missed {@case.Name} ({@case.Class}, expected {@case.Rule}; got {Describe(found[@case.Name])})");
        foreach (CorpusCase @case in falsePositives) report.AppendLine($"  false positive {@case.Name} ({@case.Class}): {Describe(found[@case.Name])}");
        _output.WriteLine(report.ToString());

        Assert.True(falsePositives.Count == 0, report.ToString());
        Assert.True(recall >= 0.95, report.ToString());
        // What the analysis cannot decide is documented (docs/diagnostics/README.md, Limits); anything else it misses is a bug.
        Assert.Equal(CorpusLimits.Documented.Keys.OrderBy(name => name), missed.Select(@case => @case.Name).OrderBy(name => name));
    }

    private static string Describe(List<Diagnostic> diagnostics)
        => diagnostics.Count == 0 ? "nothing" : string.Join(", ", diagnostics.Select(diagnostic => diagnostic.Id + " " + diagnostic.GetMessage()));

    /// <summary>
    /// Compiles every case in one compilation (each in its own namespace) and returns the safety diagnostics (PA1xxx)
    /// of each case. The corpus must compile: an escape in code that does not build proves nothing.
    /// </summary>
    internal static async Task<Dictionary<string, List<Diagnostic>>> AnalyzeAsync(IReadOnlyList<CorpusCase> cases)
    {
        var source = new StringBuilder(Prelude);
        var spans = new List<(string Name, TextSpan Span)>();
        foreach (CorpusCase @case in cases)
        {
            int start = source.Length;
            source.Append("namespace ").Append(@case.Name).Append("\n{\n").Append(@case.Code).Append("\n}\n");
            spans.Add((@case.Name, TextSpan.FromBounds(start, source.Length)));
        }

        var tree = CSharpSyntaxTree.ParseText(source.ToString(), new CSharpParseOptions(LanguageVersion.Preview), path: "Corpus.cs");
        var compilation = CSharpCompilation.Create("Corpus", new[] { tree }, TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));
        // CS8795: the [ArenaMarshal] declarations have no generated implementation here; the analyzers still see them.
        Diagnostic[] errors = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.Id != "CS8795").ToArray();
        Assert.True(errors.Length == 0, "the corpus does not compile:\n" + string.Join("\n", errors.Select(error => $"{CaseAt(spans, error.Location.SourceSpan)}: {error}")));

        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create(AllAnalyzers.Create()), options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");

        var found = cases.ToDictionary(@case => @case.Name, _ => new List<Diagnostic>());
        foreach (Diagnostic diagnostic in diagnostics.Where(diagnostic => diagnostic.Id.StartsWith("PA1", StringComparison.Ordinal)))
        {
            string? name = CaseAt(spans, diagnostic.Location.SourceSpan);
            if (name is not null) found[name].Add(diagnostic);
        }
        return found;
    }

    private static string? CaseAt(List<(string Name, TextSpan Span)> spans, TextSpan span)
        => spans.FirstOrDefault(entry => entry.Span.Contains(span)).Name;

    private const string Prelude = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Runtime.CompilerServices;
        using System.Runtime.InteropServices;
        using System.Threading;
        using System.Threading.Tasks;
        using ParamArena;

        static unsafe class Native
        {
            [DllImport("native")] public static extern void Use(byte* p);
            [DllImport("native")] public static extern void UseHandle(nint p);
            [DllImport("native")] public static extern int Length(byte* p);
            [DllImport("native")] public static extern void Copy(byte* destination, byte* source, nuint size);
            [DllImport("native")] public static extern int Sum(int* values, int count);
            [DllImport("native")] public static extern int Submit(void* items, int count);
            [DllImport("native")] public static extern int Open(byte* path, int flags, out nint handle);
        }

        """;
}
