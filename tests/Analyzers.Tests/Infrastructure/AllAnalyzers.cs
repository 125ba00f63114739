using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using ParamArena.Analyzers.Escape;
using ParamArena.Analyzers.Tables;
using ParamArena.Analyzers.Usage;

namespace ParamArena.Analyzers.Tests.Infrastructure;

/// <summary>Runs every ParamArena analyzer together, with compiler errors checked too.</summary>
internal static class AllAnalyzers
{
    public static DiagnosticAnalyzer[] Create() => new DiagnosticAnalyzer[]
    {
        new InteropMethodAnalyzer(), new ArenaEscapeAnalyzer(), new FunctionTableAnalyzer(),
    };

    /// <summary>Checks that <paramref name="source"/> compiles and that no analyzer reports anything (info-level included).</summary>
    public static Task SilentAsync(string source)
    {
        var test = new Test { TestCode = source };
        return test.RunAsync(CancellationToken.None);
    }

    private sealed class Test : CSharpAnalyzerTest<ArenaEscapeAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.None;
            // PA0027 is a hidden hook for the conversion code fix, not a finding; the snippets' helper imports all have it.
            DisabledDiagnostics.Add("PA0027");
            SolutionTransforms.Add((solution, projectId) =>
            {
                Project project = solution.GetProject(projectId)!;
                var options = ((CSharpCompilationOptions)project.CompilationOptions!).WithAllowUnsafe(true).WithNullableContextOptions(NullableContextOptions.Enable);
                var parse = ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.Preview);
                return project.WithCompilationOptions(options).WithParseOptions(parse).AddMetadataReferences(TestReferences.All).Solution;
            });
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => Create();
    }
}
