using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Abstractions;

namespace ParamArena.Generator.Tests.Corpus;

/// <summary>
/// The LibraryImport corpus (<see cref="LibraryImportCorpus"/>): every declaration is either implemented or refused
/// with a PA diagnostic, and the generator never throws nor writes code that does not compile; the same holds for
/// truncated and mutated copies of a sample of the corpus sources.
/// </summary>
public class CorpusTests
{
    private readonly ITestOutputHelper _output;

    public CorpusTests(ITestOutputHelper output) => _output = output;

    private enum Verdict { Accepted, Refused, CompilerRejected, Failed }

    [Fact]
    public void EveryCorpusCaseIsImplementedOrRefusedWithAPaDiagnostic()
    {
        Stopwatch clock = Stopwatch.StartNew();
        lock (CorpusRunner.Log) CorpusRunner.Log.Clear();
        IReadOnlyList<CorpusCase> cases = LibraryImportCorpus.All;
        Assert.True(cases.Count >= 1000, "the corpus has only " + cases.Count + " cases");

        Verdict[] verdicts = new Verdict[cases.Count];
        Observation[] observed = new Observation[cases.Count];
        List<string> failures = new();
        // Batches of a few hundred: one compilation per case would cost seconds of setup each, and one for the whole
        // corpus grows faster than linearly (the compiler's per-declaration checks walk the global namespace).
        // Batches run side by side, one per core.
        List<(CorpusGroup Group, int[] Indexes)> batches = Enumerable.Range(0, cases.Count).GroupBy(i => cases[i].Group)
            .SelectMany(g => g.Chunk(BatchSize).Select(c => (g.Key, c))).ToList();
        Parallel.ForEach(batches, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, batch =>
        {
            Observation[] results = CorpusRunner.Run(batch.Indexes.Select(i => cases[i].Render(Namespace(i), out _)).ToList(), batch.Indexes.Select(Namespace).ToList(),
                batch.Group, countMethods: true, probeAll: false);
            for (int k = 0; k < batch.Indexes.Length; k++) observed[batch.Indexes[k]] = results[k];
        });
        for (int i = 0; i < cases.Count; i++)
        {
            (verdicts[i], string? why) = Classify(cases[i], observed[i]);
            if (verdicts[i] == Verdict.Failed) failures.Add(cases[i].Id + " [" + Namespace(i) + "]: " + why);
        }

        _output.WriteLine($"{cases.Count} cases in {clock.Elapsed.TotalSeconds:F1} s");
        lock (CorpusRunner.Log) foreach (string line in CorpusRunner.Log) _output.WriteLine("  " + line);
        foreach (Verdict v in Enum.GetValues<Verdict>()) _output.WriteLine($"  {v}: {verdicts.Count(x => x == v)}");
        _output.WriteLine("Refused, by rule (a case may break several):");
        foreach (IGrouping<string, string> rule in Enumerable.Range(0, cases.Count).Where(i => verdicts[i] == Verdict.Refused)
            .SelectMany(i => CorpusRunner.RuleIds(observed[i])).GroupBy(id => id).OrderBy(g => g.Key, StringComparer.Ordinal))
            _output.WriteLine($"  {rule.Key}: {rule.Count()}");
        _output.WriteLine("By template (accepted / refused / compiler-rejected / failed):");
        foreach (IGrouping<string, int> template in Enumerable.Range(0, cases.Count).GroupBy(i => cases[i].Template))
        {
            int Count(Verdict v) => template.Count(i => verdicts[i] == v);
            _output.WriteLine($"  {template.Key}: {Count(Verdict.Accepted)} / {Count(Verdict.Refused)} / {Count(Verdict.CompilerRejected)} / {Count(Verdict.Failed)}");
        }
        _output.WriteLine("Warnings in generated files, by id:");
        foreach (IGrouping<string, (int Case, Diagnostic Warning)> warning in Enumerable.Range(0, cases.Count)
            .SelectMany(i => observed[i].GeneratedWarnings.Select(w => (i, w))).GroupBy(x => x.w.Id))
            _output.WriteLine($"  {warning.Key}: {warning.Count()} (e.g. {cases[warning.First().Case].Id}: {warning.First().Warning.GetMessage()})");
        foreach (string failure in failures) _output.WriteLine("FAILED " + failure);

        // CORPUS_REPORT=path writes every case's verdict and diagnostics, for reading what the generator decided.
        if (Environment.GetEnvironmentVariable("CORPUS_REPORT") is { Length: > 0 } reportPath)
        {
            System.IO.File.WriteAllLines(reportPath, Enumerable.Range(0, cases.Count).Select(i =>
                $"{verdicts[i]}\t{cases[i].Id}\t{Namespace(i)}\t{string.Join(" | ", observed[i].Refusals.Select(d => d.Id + " " + d.GetMessage()))}\t{string.Join(" | ", observed[i].Errors.Select(e => e.Id + " " + e.GetMessage()))}"));
        }

        Assert.True(failures.Count == 0, failures.Count + " corpus cases failed:\n" + string.Join("\n", failures.Take(40)));
    }

    private const int BatchSize = 300;

    private static string Namespace(int index) => "K" + index.ToString("D4");

    /// <summary>
    /// Accepted: every [ArenaMarshal] method has a generated stub, nothing is reported and nothing fails to compile.
    /// Refused: at least one PA diagnostic, and no CS8795 beside it. Compiler-rejected: the declaration has errors of
    /// its own (before generation). In every case: no error in a generated file, no compiler error that generation
    /// added to the declaration, no exception.
    /// </summary>
    private static (Verdict, string?) Classify(CorpusCase c, Observation o)
    {
        if (o.Problems.Count > 0) return (Verdict.Failed, string.Join("; ", o.Problems) + Errors(o));
        bool missingBody = o.Errors.Any(e => e.Id == "CS8795");
        bool compilerRejects = o.Errors.Any(e => e.Id != "CS8795");
        if (compilerRejects) return (Verdict.CompilerRejected, null);
        if (c.Foreign)
        {
            if (o.Refusals.Count > 0 || o.Stubs > 0) return (Verdict.Failed, "the generator handled a method whose attribute is not ParamArena's");
            return missingBody ? (Verdict.CompilerRejected, null) : (Verdict.Failed, "expected the compiler's CS8795 for a method no generator implements");
        }
        if (o.Refusals.Count > 0)
        {
            // Where no type part can be added (a non-partial enclosing type, a file-local type), no stand-in body can be
            // either, and the compiler's CS8795 stays beside the PA error, as it does beside LibraryImport's own. Beside
            // [LibraryImport] (PA0004) the stand-in is left out on purpose: LibraryImport's generator writes the body in a
            // real build (Package.Tests' build-output test shows it), and this harness runs ParamArena's generator only.
            bool noPartPossible = o.Refusals.Any(d => d.Id is "PA0002" or "PA0016" or "PA0004");
            return missingBody && !noPartPossible
                ? (Verdict.Failed, "CS8795 beside " + string.Join(",", CorpusRunner.RuleIds(o)) + ": the refused method got no stand-in body")
                : (Verdict.Refused, null);
        }
        if (missingBody) return (Verdict.Failed, "silent refusal: no body and no PA diagnostic (CS8795 only)" + Errors(o));
        if (o.Stubs < o.AttributedMethods) return (Verdict.Failed, $"silent refusal: {o.AttributedMethods} [ArenaMarshal] methods but {o.Stubs} stubs, and no PA diagnostic");
        return (Verdict.Accepted, null);
    }

    private static string Errors(Observation o) => o.Errors.Count == 0 ? "" : " (compiler: " + string.Join("; ", o.Errors.Select(e => e.ToString())) + ")";

    /// <summary>
    /// Truncated and mutated sources. Sampled: of each template's cases in the default group and in a namespace block of
    /// their own, the first and every 60th after it (so every template is represented), each rendered as a whole file in a
    /// namespace of its own (should a duplicated brace close it early, the runner reruns the batch in halves until what it
    /// generated is attributed). Each sample is truncated at 10 evenly
    /// spaced positions of its namespace body; 5 evenly spaced tokens of the body are each deleted, and each duplicated;
    /// and each in/ref/out keyword (up to 3) is swapped for the next ref kind. The generator must never throw (its
    /// builders and emitters are also called directly, so an exception it would swallow counts), and never write a
    /// file that does not compile.
    /// </summary>
    [Fact]
    public void TruncatedAndMutatedCorpusSourcesNeverBreakTheGenerator()
    {
        Stopwatch clock = Stopwatch.StartNew();
        lock (CorpusRunner.Log) CorpusRunner.Log.Clear();
        List<(string Origin, string Source)> variants = new();
        IReadOnlyList<CorpusCase> cases = LibraryImportCorpus.All;
        // CORPUS_MUTATION_EVERY=n samples more densely (every n-th case) for a longer hunt than the default run.
        int sampleEvery = int.TryParse(Environment.GetEnvironmentVariable("CORPUS_MUTATION_EVERY"), out int every) && every > 0 ? every : SampleEvery;
        foreach (IGrouping<string, CorpusCase> template in cases.Where(c => c.Group == CorpusGroup.Default && c.Layout == CorpusLayout.Block).GroupBy(c => c.Template))
        {
            foreach (CorpusCase sample in template.Where((_, k) => k % sampleEvery == 0))
            {
                foreach ((string how, string text) in Mutations(sample)) variants.Add((sample.Id + " " + how, text));
            }
        }

        List<string> failures = new();
        Parallel.ForEach(Enumerable.Range(0, variants.Count).Chunk(BatchSize), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, indexes =>
        {
            List<string> namespaces = indexes.Select(VariantNamespace).ToList();
            List<string> sources = indexes.Select(i => variants[i].Source.Replace(MutationNamespace, VariantNamespace(i), StringComparison.Ordinal)).ToList();
            Observation[] observed = CorpusRunner.Run(sources, namespaces, CorpusGroup.Default, countMethods: false, probeAll: true);
            for (int k = 0; k < indexes.Length; k++)
            {
                if (observed[k].Problems.Count == 0) continue;
                lock (failures) failures.Add(variants[indexes[k]].Origin + ": " + string.Join("; ", observed[k].Problems) + "\n--- source ---\n" + sources[k]);
            }
        });
        _output.WriteLine($"{variants.Count} truncated or mutated sources in {clock.Elapsed.TotalSeconds:F1} s; {failures.Count} failed");
        lock (CorpusRunner.Log) foreach (string line in CorpusRunner.Log) _output.WriteLine("  " + line);
        foreach (string failure in failures.Take(20)) _output.WriteLine("FAILED " + failure);
        Assert.True(failures.Count == 0, failures.Count + " mutated sources broke the generator:\n" + string.Join("\n\n", failures.Take(5)));
    }

    // Every variant is rendered in this placeholder namespace, then renamed to its own (same length, so offsets hold).
    private const string MutationNamespace = "V_____";

    private const int SampleEvery = 60;

    private static string VariantNamespace(int index) => "V" + index.ToString("D5");

    private static IEnumerable<(string How, string Text)> Mutations(CorpusCase c)
    {
        string text = c.Render(MutationNamespace, out int bodyStart);
        int bodyLength = text.Length - bodyStart;
        int step = Math.Max(1, bodyLength / 10);
        for (int cut = bodyStart; cut < text.Length; cut += step) yield return ("truncated at " + cut, text.Substring(0, cut));

        List<SyntaxToken> tokens = SyntaxFactory.ParseTokens(text.Substring(bodyStart)).Where(t => !t.IsKind(SyntaxKind.EndOfFileToken)).ToList();
        if (tokens.Count == 0) yield break;
        int every = Math.Max(1, tokens.Count / 5);
        for (int k = 0; k < tokens.Count; k += every)
        {
            SyntaxToken token = tokens[k];
            int at = bodyStart + token.SpanStart;
            yield return ("without token " + k + " '" + token.Text + "'", text.Remove(at, token.Span.Length));
            yield return ("with token " + k + " '" + token.Text + "' twice", text.Insert(at + token.Span.Length, " " + token.Text));
        }
        int swaps = 0;
        foreach (SyntaxToken token in tokens)
        {
            string? other = token.Kind() switch
            {
                SyntaxKind.InKeyword => "ref",
                SyntaxKind.RefKeyword => "out",
                SyntaxKind.OutKeyword => "in",
                _ => null,
            };
            if (other is null) continue;
            StringBuilder swapped = new(text);
            swapped.Remove(bodyStart + token.SpanStart, token.Span.Length).Insert(bodyStart + token.SpanStart, other);
            yield return ("'" + token.Text + "' at " + token.SpanStart + " as '" + other + "'", swapped.ToString());
            if (++swaps == 3) break;
        }
    }
}
