using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ParamArena.Generator.Tests.Driver;

/// <summary>Runs <see cref="ArenaMarshalGenerator"/> over source strings, against .NET 10 reference assemblies and the ParamArena runtime.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    private static readonly ImmutableArray<MetadataReference> s_references = Basic.Reference.Assemblies.Net100.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(ArenaLease).Assembly.Location))
        .ToImmutableArray();

    public static CSharpCompilation Compile(params string[] sources) => CSharpCompilation.Create(
        "GeneratorInput",
        sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: "Input" + i + ".cs")),
        s_references,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver() => CSharpGeneratorDriver.Create(
        new[] { new ArenaMarshalGenerator().AsSourceGenerator() },
        parseOptions: ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>
    /// Runs the generator; returns the driver (for incremental reruns), the generated sources, the output compilation's
    /// errors and what the generator reported. Throws only when the generator itself threw.
    /// </summary>
    public static GeneratorOutcome Run(CSharpCompilation compilation, GeneratorDriver? driver = null)
    {
        driver = (driver ?? CreateDriver()).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        GeneratorDriverRunResult result = driver.GetRunResult();
        Exception? exception = result.Results.Single().Exception;
        if (exception is not null) throw new InvalidOperationException("The generator threw.", exception);
        Dictionary<string, string> sources = result.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        ImmutableArray<Diagnostic> errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return new GeneratorOutcome(driver, sources, errors, generatorDiagnostics, output);
    }
}

/// <summary>One generator run: what it wrote, what it reported, and what the compiler then says.</summary>
internal sealed record GeneratorOutcome(GeneratorDriver Driver, Dictionary<string, string> Sources, ImmutableArray<Diagnostic> Errors,
    ImmutableArray<Diagnostic> Diagnostics, Compilation Output)
{
    /// <summary>Compiler errors located in generated files: never acceptable.</summary>
    public ImmutableArray<Diagnostic> ErrorsInGeneratedFiles =>
        Errors.Where(e => e.Location.SourceTree is { } tree && tree.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)).ToImmutableArray();

    public void Deconstruct(out GeneratorDriver driver, out Dictionary<string, string> sources, out ImmutableArray<Diagnostic> errors)
    {
        driver = Driver;
        sources = Sources;
        errors = Errors;
    }
}
