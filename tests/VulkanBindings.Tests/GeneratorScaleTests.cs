using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ParamArena;
using ParamArena.Generator;
using Xunit;
using Xunit.Abstractions;

namespace VulkanBindings.Tests;

/// <summary>
/// The generator over the whole bindings project, as an IDE runs it (one driver kept across edits): the time of the
/// first run and of a run after a one-line edit in one file, what that edit re-ran, and the managed memory the
/// driver's state (models, generated text) holds. The times are printed, not asserted: they depend on the machine's load.
/// Every model is rebuilt after any edit (the builders read the new compilation) and compared: equal models emit nothing.
/// </summary>
public sealed class GeneratorScaleTests(ITestOutputHelper output)
{
    private static readonly CSharpParseOptions s_parse = new(LanguageVersion.Preview);

    [Fact]
    public void AOneLineEditInOneShapeReRunsNothingElse()
    {
        CSharpCompilation compilation = Compile();
        GeneratorDriver driver = Driver(track: true).RunGenerators(compilation);
        GeneratorRunResult first = driver.GetRunResult().Results.Single();
        Assert.Null(first.Exception);
        Assert.Empty(first.Diagnostics);
        TimeSpan cold = driver.GetTimingInfo().ElapsedTime;

        SyntaxTree tree = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith(Path.Combine("Shapes", "BufferCreateInfo.cs"), StringComparison.Ordinal));
        string edited = tree.ToString().Replace("public ulong Size;", "public ulong Size; // edited", StringComparison.Ordinal);
        Assert.NotEqual(tree.ToString(), edited);
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(edited, s_parse, tree.FilePath)));
        GeneratorRunResult second = driver.GetRunResult().Results.Single();
        TimeSpan incremental = driver.GetTimingInfo().ElapsedTime;

        var shapeReasons = second.TrackedSteps["ParamArena.ShapeModels"].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        var stubReasons = second.TrackedSteps["ParamArena.StubModels"].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        var outputReasons = second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        output.WriteLine($"{compilation.SyntaxTrees.Count()} files, {first.GeneratedSources.Length} generated; first run {cold.TotalMilliseconds:F0} ms, " +
            $"after a one-line edit {incremental.TotalMilliseconds:F0} ms");
        output.WriteLine("shape models: " + string.Join(", ", shapeReasons.GroupBy(r => r).Select(g => $"{g.Count()} {g.Key}")));
        output.WriteLine("stub models: " + string.Join(", ", stubReasons.GroupBy(r => r).Select(g => $"{g.Count()} {g.Key}")));
        output.WriteLine("outputs: " + string.Join(", ", outputReasons.GroupBy(r => r).Select(g => $"{g.Count()} {g.Key}")));

        Assert.True(shapeReasons.Count(r => r is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)) <= 1);
        Assert.All(stubReasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "a stub model was " + r));
        Assert.All(outputReasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "an output was " + r));
    }

    [Fact]
    public void ManagedMemoryTheDriverHolds()
    {
        CSharpCompilation compilation = Compile();
        compilation.GetDiagnostics();
        long before = GC.GetTotalMemory(forceFullCollection: true);
        GeneratorDriver driver = Driver(track: false).RunGenerators(compilation);
        long withDriver = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(driver);
        int generated = driver.GetRunResult().GeneratedTrees.Length;
        output.WriteLine($"{generated} generated files; managed memory held after the run: {(withDriver - before) / 1024} KiB " +
            "(driver state: models, generated text and their syntax trees)");
        Assert.True(generated > 250);
    }

    private static GeneratorDriver Driver(bool track) => CSharpGeneratorDriver.Create(
        [new ArenaMarshalGenerator().AsSourceGenerator()], parseOptions: s_parse,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    private static CSharpCompilation Compile()
    {
        string project = Path.Combine(RepositoryPaths.Root, "samples", "VulkanBindings");
        var trees = Directory.GetFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains("/obj/", StringComparison.Ordinal) && !p.Contains("/bin/", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), s_parse, p));
        ImmutableArray<MetadataReference> references = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(ArenaLease).Assembly.Location)).ToImmutableArray();
        return CSharpCompilation.Create("Vulkan.Bindings", trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));
    }
}
