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

    /// <summary>Runs the generator; returns the driver (for incremental reruns), the generated sources and the output compilation's errors.</summary>
    public static (GeneratorDriver Driver, Dictionary<string, string> Sources, ImmutableArray<Diagnostic> Errors) Run(CSharpCompilation compilation, GeneratorDriver? driver = null)
    {
        driver = (driver ?? CreateDriver()).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        GeneratorDriverRunResult result = driver.GetRunResult();
        Exception? exception = result.Results.Single().Exception;
        if (exception is not null) throw new InvalidOperationException("The generator threw.", exception);
        if (!generatorDiagnostics.IsEmpty) throw new InvalidOperationException("The generator reported: " + string.Join("; ", generatorDiagnostics));
        Dictionary<string, string> sources = result.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        ImmutableArray<Diagnostic> errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return (driver, sources, errors);
    }
}
