using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ParamArena.Analyzers.Tests.Infrastructure;
using ParamArena.Generator;
using Xunit;

namespace ParamArena.Analyzers.Tests;

/// <summary>[NativeOwned] only informs PA1006: the generator implements declarations that carry it like any other.</summary>
public sealed class NativeOwnedGeneratorTests
{
    [Fact]
    public void DeclarationsMarkedNativeOwnedGetBodiesThatCompile()
    {
        string source = Snippet.File("""
            static unsafe partial class LibC
            {
                [ArenaMarshal("libc", EntryPoint = "getenv")]
                [return: NativeOwned]
                public static partial byte* GetEnvironment(string name);

                [ArenaMarshal("libc", EntryPoint = "strtol")]
                public static partial nint ParseLong(string text, [NativeOwned] out byte* end, int radix);
            }
            """);
        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        var compilation = CSharpCompilation.Create("NativeOwned", new[] { CSharpSyntaxTree.ParseText(source, parse) }, TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new ArenaMarshalGenerator().AsSourceGenerator() }, parseOptions: parse);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> reported);
        Assert.Empty(reported.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        Assert.True(output.SyntaxTrees.Count() > 1, "the generator produced no source");
        Assert.Empty(output.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
    }
}
