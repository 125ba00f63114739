using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ParamArena.Analyzers.Tests.Infrastructure;

/// <summary>Runs an analyzer (and optionally a code fix) over C# source with unsafe code allowed and the ParamArena runtime referenced.</summary>
internal static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, GetSeverity(id));

    private static DiagnosticSeverity GetSeverity(string id)
    {
        foreach (var descriptor in new TAnalyzer().SupportedDiagnostics)
        {
            if (descriptor.Id == id) return descriptor.DefaultSeverity;
        }
        return DiagnosticSeverity.Warning;
    }

    /// <summary>Checks that <paramref name="source"/> produces exactly <paramref name="expected"/> (markup spans allowed).</summary>
    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// Checks diagnostics of declarations the generator would normally complete: compiler errors (such as partial
    /// methods without the generated implementation) are ignored, only analyzer diagnostics are compared.
    /// </summary>
    public static Task DeclarationsAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source, CompilerDiagnostics = CompilerDiagnostics.None };
        // PA0027 (hidden) sits beside PA0010 on every convertible import; the code-fix tests check it.
        test.DisabledDiagnostics.Add("PA0027");
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>Checks diagnostics with extra options (editorconfig, unsafe off).</summary>
    public static Task AnalyzerAsync(string source, string? editorConfig, bool allowUnsafe, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source, AllowUnsafe = allowUnsafe, CompilerDiagnostics = CompilerDiagnostics.None };
        if (editorConfig is not null) test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>Checks that <typeparamref name="TFix"/> turns <paramref name="source"/> into <paramref name="fixedSource"/>.</summary>
    public static Task CodeFixAsync<TFix>(string source, string fixedSource, int? codeActionIndex = null, params DiagnosticResult[] expected)
        where TFix : CodeFixProvider, new()
    {
        var test = new FixTest<TFix> { TestCode = source, FixedCode = fixedSource, CodeActionIndex = codeActionIndex, CompilerDiagnostics = CompilerDiagnostics.None };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>Applies Fix All to every diagnostic of the document at once and compares the result.</summary>
    public static Task CodeFixAllAsync<TFix>(string source, string fixedSource)
        where TFix : CodeFixProvider, new()
    {
        var test = new FixTest<TFix> { TestCode = source, FixedCode = fixedSource, BatchFixedCode = fixedSource, CompilerDiagnostics = CompilerDiagnostics.None };
        return test.RunAsync(CancellationToken.None);
    }

    private static Project Configure(Solution solution, ProjectId projectId)
        => solution.GetProject(projectId)!.AddMetadataReferences(TestReferences.All);

    private static CompilationOptions Options(CompilationOptions options, bool allowUnsafe)
        => ((CSharpCompilationOptions)options).WithAllowUnsafe(allowUnsafe).WithNullableContextOptions(NullableContextOptions.Enable);

    private static ParseOptions Parse(ParseOptions options) => ((CSharpParseOptions)options).WithLanguageVersion(LanguageVersion.Preview);

    private sealed class AnalyzerTest : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public bool AllowUnsafe { get; set; } = true;

        public AnalyzerTest()
        {
            ReferenceAssemblies = TestReferences.None;
            SolutionTransforms.Add((solution, projectId) => Configure(solution, projectId).Solution);
        }

        // Options are set where the test framework creates them, so .editorconfig severities still apply on top.
        protected override CompilationOptions CreateCompilationOptions() => Options(base.CreateCompilationOptions(), AllowUnsafe);

        protected override ParseOptions CreateParseOptions() => Parse(base.CreateParseOptions());
    }

    private sealed class FixTest<TFix> : CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier>
        where TFix : CodeFixProvider, new()
    {
        public FixTest()
        {
            ReferenceAssemblies = TestReferences.None;
            SolutionTransforms.Add((solution, projectId) => Configure(solution, projectId).Solution);
        }

        protected override CompilationOptions CreateCompilationOptions() => Options(base.CreateCompilationOptions(), allowUnsafe: true);

        protected override ParseOptions CreateParseOptions() => Parse(base.CreateParseOptions());
    }
}
