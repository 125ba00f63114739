using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParamArena.Generator.Emit;
using ParamArena.Generator.Tests.Driver;
using ParamArena.Marshalling;

namespace ParamArena.Generator.Tests.Corpus;

/// <summary>What one source file of a batch got from the generator and the compiler.</summary>
internal sealed class Observation
{
    /// <summary>PA diagnostics the generator reported in this file.</summary>
    public List<Diagnostic> Refusals { get; } = new();

    /// <summary>Anything wrong that is the generator's fault: exceptions, errors in its files, diagnostics that are not PA rules.</summary>
    public List<string> Problems { get; } = new();

    /// <summary>Compiler errors in this file after generation.</summary>
    public List<Diagnostic> Errors { get; } = new();

    /// <summary>Generated files of this file's namespace that hold a stub (an inner DllImport).</summary>
    public int Stubs { get; set; }

    /// <summary>Warnings the compiler reports inside this file's generated files (an error where warnings are errors).</summary>
    public List<Diagnostic> GeneratedWarnings { get; } = new();

    /// <summary>Methods of this file that carry ParamArena's [ArenaMarshal] (counted only where needed).</summary>
    public int? AttributedMethods { get; set; }
}

/// <summary>
/// Runs many sources through <see cref="GeneratorHarness"/> in one compilation, each source in its own namespace, and
/// hands back per-source observations: diagnostics by file, generated files by the namespace that starts their hint
/// name. Where something cannot be attributed, or the generator threw, the batch is split and run again.
/// </summary>
internal static class CorpusRunner
{
    /// <summary>Where the time went, per phase and per compilation, for the test output.</summary>
    public static List<string> Log { get; } = new();

    public static CSharpCompilationOptions OptionsFor(CorpusGroup group, CSharpCompilationOptions options) => group switch
    {
        CorpusGroup.UnsafeNotAllowed => options.WithAllowUnsafe(false),
        _ => options,
    };

    /// <summary>Runs <paramref name="sources"/> (item <c>i</c> declared in namespace <c>namespaces[i]</c>) and observes each.</summary>
    public static Observation[] Run(IReadOnlyList<string> sources, IReadOnlyList<string> namespaces, CorpusGroup group, bool countMethods, bool probeAll)
    {
        Observation[] observations = new Observation[sources.Count];
        RunSplitting(Enumerable.Range(0, sources.Count).ToList(), sources, namespaces, group, countMethods, probeAll, observations);
        return observations;
    }

    private static void RunSplitting(List<int> items, IReadOnlyList<string> sources, IReadOnlyList<string> namespaces, CorpusGroup group, bool countMethods,
        bool probeAll, Observation[] observations)
    {
        (Observation[] batch, List<string> unattributed) = RunOnce(items.Select(i => sources[i]).ToList(), items.Select(i => namespaces[i]).ToList(), group, countMethods, probeAll);
        if (unattributed.Count > 0 && items.Count > 1)
        {
            // Something (a throw, a file outside any case's namespace) could come from any item: find which, by halves.
            int half = items.Count / 2;
            RunSplitting(items.Take(half).ToList(), sources, namespaces, group, countMethods, probeAll, observations);
            RunSplitting(items.Skip(half).ToList(), sources, namespaces, group, countMethods, probeAll, observations);
            return;
        }
        for (int k = 0; k < items.Count; k++)
        {
            observations[items[k]] = batch[k];
            if (items.Count == 1) batch[k].Problems.AddRange(unattributed);
        }
    }

    private static (Observation[] Items, List<string> Unattributed) RunOnce(List<string> sources, List<string> namespaces, CorpusGroup group, bool countMethods,
        bool probeAll)
    {
        System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
        List<string> phases = new();
        void Phase(string name)
        {
            phases.Add(name + " " + clock.ElapsedMilliseconds + " ms");
            clock.Restart();
        }
        Observation[] items = sources.Select(_ => new Observation()).ToArray();
        List<string> unattributed = new();
        CSharpCompilation input = GeneratorHarness.Compile(sources.ToArray());
        input = input.WithOptions(OptionsFor(group, input.Options));
        Dictionary<string, int> byNamespace = namespaces.Select((ns, i) => (ns, i)).ToDictionary(x => x.ns, x => x.i, StringComparer.Ordinal);
        int[] keyLengths = namespaces.Select(ns => ns.Length).Distinct().ToArray();

        int? ItemOfInput(string? path) =>
            path is not null && Path.GetFileName(path) is { } name && name.StartsWith("Input", StringComparison.Ordinal) && name.EndsWith(".cs", StringComparison.Ordinal)
                && int.TryParse(name.AsSpan(5, name.Length - 8), out int i) && i >= 0 && i < items.Length ? i : null;
        int? ItemOfHint(string hintName)
        {
            int dot = hintName.IndexOf('.');
            if (dot > 0 && byNamespace.TryGetValue(hintName.Substring(0, dot), out int i)) return i;
            // A global-namespace case names its types after its namespace: the hint name's first segment ends with it.
            if (dot > 0)
            {
                string first = hintName.Substring(0, dot);
                foreach (int length in keyLengths)
                {
                    if (first.Length > length && byNamespace.TryGetValue(first.Substring(first.Length - length), out i)) return i;
                }
            }
            // A lone source owns whatever it generates, even outside its namespace (a mutation may close it early).
            return items.Length == 1 ? 0 : null;
        }

        if (group == CorpusGroup.RuntimeMarshallingDisabled)
            input = input.AddSyntaxTrees(CSharpSyntaxTree.ParseText("[assembly: System.Runtime.CompilerServices.DisableRuntimeMarshalling]", GeneratorHarness.ParseOptions, "Assembly.cs"));
        Phase("parse");

        GeneratorOutcome outcome;
        try
        {
            outcome = GeneratorHarness.Run(input);
        }
        catch (InvalidOperationException e)
        {
            unattributed.Add("the generator threw: " + e.InnerException);
            return (items, unattributed);
        }
        Phase("generate+compile");

        foreach (Diagnostic d in outcome.Diagnostics)
        {
            int? item = ItemOfInput(d.Location.GetLineSpan().Path) ?? ItemOfInput(d.Location.SourceTree?.FilePath);
            if (item is null) unattributed.Add("diagnostic outside every input: " + d);
            else if (d.Id.StartsWith("PA", StringComparison.Ordinal)) items[item.Value].Refusals.Add(d);
            else items[item.Value].Problems.Add("generator diagnostic that is no PA rule: " + d);
        }
        foreach (KeyValuePair<string, string> source in outcome.Sources)
        {
            int? item = ItemOfHint(source.Key);
            if (item is null) unattributed.Add("generated file outside every case's namespace: " + source.Key);
            else if (source.Value.Contains("[global::System.Runtime.InteropServices.DllImport(", StringComparison.Ordinal)) items[item.Value].Stubs++;
        }
        foreach (Diagnostic e in outcome.Errors)
        {
            string? path = e.Location.SourceTree?.FilePath;
            if (path is not null && path.EndsWith(".g.cs", StringComparison.Ordinal))
            {
                int? item = ItemOfHint(Path.GetFileName(path));
                string text = "error in generated file " + Path.GetFileName(path) + ": " + e;
                if (item is null) unattributed.Add(text);
                else items[item.Value].Problems.Add(text);
            }
            else if (ItemOfInput(path) is { } item)
            {
                items[item].Errors.Add(e);
            }
            else
            {
                unattributed.Add("error outside every input: " + e);
            }
        }

        // Compiler errors in a case's own file that generation added (beyond CS8795, judged by the caller): the
        // generated code broke the declaration, e.g. a second implementation.
        for (int i = 0; i < items.Length; i++)
        {
            List<Diagnostic> after = items[i].Errors.Where(e => e.Id != "CS8795").ToList();
            if (after.Count == 0) continue;
            SyntaxTree tree = input.SyntaxTrees[i];
            HashSet<(string, int, int)> before = input.GetSemanticModel(tree).GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => (d.Id, d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)).ToHashSet();
            foreach (Diagnostic e in after)
            {
                if (!before.Contains((e.Id, e.Location.SourceSpan.Start, e.Location.SourceSpan.Length)))
                    items[i].Problems.Add("the generated code adds a compiler error to the declaration: " + e);
            }
        }

        foreach (Diagnostic w in outcome.Warnings)
        {
            string? path = w.Location.SourceTree?.FilePath;
            if (path is not null && path.EndsWith(".g.cs", StringComparison.Ordinal) && ItemOfHint(Path.GetFileName(path)) is { } item) items[item].GeneratedWarnings.Add(w);
        }
        Phase("attribute");

        // Builders and emitters called directly, as the generator calls them but without its safety net, so that an
        // exception the generator would swallow (leaving the method without body or diagnostic) is seen as one. Where
        // a source compiles with no error at all, every method got its stub or stand-in body, so nothing was swallowed:
        // unless asked to probe everything, only sources with errors (CS8795 included) are probed.
        Probe(input, items, ItemOfInput, i => probeAll || items[i].Errors.Count > 0);
        Phase("probe");
        if (countMethods)
        {
            for (int i = 0; i < items.Length; i++)
            {
                SyntaxTree tree = outcome.Output.SyntaxTrees.First(t => t.FilePath == input.SyntaxTrees[i].FilePath);
                SemanticModel model = outcome.Output.GetSemanticModel(tree);
                // Every declaration [ArenaMarshal] may be written on, not only methods: a local function or accessor
                // carrying it must be refused, not ignored.
                items[i].AttributedMethods = tree.GetRoot().DescendantNodes().Where(StubBuilder.IsMethodLike)
                    .Count(m => MethodOf(m, model) is { } symbol && ArenaMarshalOf(symbol) is not null);
            }
        }
        Phase("count");
        lock (Log) Log.Add(sources.Count + " sources (" + namespaces[0] + "..." + namespaces[namespaces.Count - 1] + "): " + string.Join(", ", phases) + (unattributed.Count > 0 ? "; unattributed: " + unattributed[0] : ""));
        return (items, unattributed);
    }

    private static IMethodSymbol? MethodOf(SyntaxNode node, SemanticModel model) =>
        (node is AnonymousFunctionExpressionSyntax ? model.GetSymbolInfo(node).Symbol : model.GetDeclaredSymbol(node)) as IMethodSymbol;

    private static AttributeData? ArenaMarshalOf(IMethodSymbol method) =>
        method.GetAttributes().FirstOrDefault(a => TypeFacts.FullName(a.AttributeClass) == KnownNames.ArenaMarshalAttribute);

    private static void Probe(CSharpCompilation input, Observation[] items, Func<string?, int?> itemOf, Func<int, bool> wanted)
    {
        Func<INamedTypeSymbol, bool> shapeAccepted = ShapeBuilder.AcceptanceCache(input);
        foreach (SyntaxTree tree in input.SyntaxTrees)
        {
            if (itemOf(tree.FilePath) is not { } item || !wanted(item)) continue;
            SemanticModel model = input.GetSemanticModel(tree);
            foreach (SyntaxNode node in tree.GetRoot().DescendantNodes())
            {
                try
                {
                    if (node is MethodDeclarationSyntax { AttributeLists.Count: > 0 } method && model.GetDeclaredSymbol(method) is { } symbol
                        && ArenaMarshalOf(symbol) is { } attribute)
                    {
                        Built<StubModel> built = StubBuilder.Build(symbol, method, attribute, model, asConversion: false, CancellationToken.None);
                        if (built.Model is not null) StubEmitter.Emit(built.Model);
                        if (built.Fallback is not null) FallbackEmitter.Emit(built.Fallback);
                    }
                    else if (node is TypeDeclarationSyntax { AttributeLists.Count: > 0 } type && model.GetDeclaredSymbol(type) is { } shape
                        && TypeFacts.IsShape(shape))
                    {
                        shapeAccepted(shape);
                    }
                }
                catch (Exception e)
                {
                    items[item].Problems.Add("the generator's builder or emitter threw on '" + Short(node) + "': " + e);
                }
            }
        }
    }

    private static string Short(SyntaxNode node)
    {
        string text = node.ToString().Replace('\n', ' ');
        return text.Length > 120 ? text.Substring(0, 120) + "..." : text;
    }

    /// <summary>Every error id in <paramref name="errors"/>, for messages.</summary>
    public static string Ids(IEnumerable<Diagnostic> errors) => string.Join(",", errors.Select(e => e.Id).Distinct());

    public static ImmutableArray<string> RuleIds(Observation o) => o.Refusals.Select(d => d.Id).Distinct().OrderBy(x => x, StringComparer.Ordinal).ToImmutableArray();
}
