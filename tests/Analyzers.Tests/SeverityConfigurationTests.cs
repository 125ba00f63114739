using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ParamArena.Analyzers.Escape;
using ParamArena.Analyzers.Usage;
using ParamArena.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ParamArena.Analyzers.Tests;

/// <summary>
/// Every rule's severity can be changed from .editorconfig. The compilation gets its options the way the
/// compiler builds them from real .editorconfig text (AnalyzerConfigSet), then runs the analyzers.
/// </summary>
public sealed class SeverityConfigurationTests
{
    private const string SourcePath = "/repo/src/Code.cs";

    private static readonly string Escaping = Snippet.Wrap("""
        static byte* Name(string s)
        {
            using var lease = ArenaLease.Rent();
            return lease.Utf8(s);
        }
        """);

    private static readonly string Suggestion = Snippet.File("""
        static partial class Api
        {
            [LibraryImport("native", StringMarshalling = StringMarshalling.Utf8)]
            public static partial int Join(string[] parts);
        }
        static partial class Api
        {
            public static partial int Join(string[] parts) => parts.Length;
        }
        """);

    [Fact]
    public async Task WithoutConfigurationTheDefaultSeverityApplies()
        => Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(await RunAsync(Escaping, null, new ArenaEscapeAnalyzer(), "PA1001")).Severity);

    [Fact]
    public async Task ARuleCanBeRaisedToError()
        => Assert.Equal(DiagnosticSeverity.Error, Assert.Single(await RunAsync(Escaping, "dotnet_diagnostic.PA1001.severity = error", new ArenaEscapeAnalyzer(), "PA1001")).Severity);

    [Fact]
    public async Task ARuleCanBeTurnedOff()
        => Assert.Empty(await RunAsync(Escaping, "dotnet_diagnostic.PA1001.severity = none", new ArenaEscapeAnalyzer(), "PA1001"));

    [Fact]
    public async Task TheSuggestionCanBeRaisedToWarning()
        => Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(await RunAsync(Suggestion, "dotnet_diagnostic.PA0010.severity = warning", new InteropMethodAnalyzer(), "PA0010")).Severity);

    [Fact]
    public async Task OtherRulesKeepTheirSeverity()
        => Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(await RunAsync(Escaping, "dotnet_diagnostic.PA1002.severity = error", new ArenaEscapeAnalyzer(), "PA1001")).Severity);

    private static async Task<ImmutableArray<Diagnostic>> RunAsync(string source, string? rule, DiagnosticAnalyzer analyzer, string id)
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview), SourcePath);
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable);
        if (rule is not null)
        {
            AnalyzerConfig config = AnalyzerConfig.Parse("root = true\n[*.cs]\n" + rule + "\n", "/repo/.editorconfig");
            AnalyzerConfigOptionsResult result = AnalyzerConfigSet.Create(ImmutableArray.Create(config)).GetOptionsForSourcePath(SourcePath);
            options = options.WithSyntaxTreeOptionsProvider(new EditorConfigTreeOptions(result.TreeOptions));
        }
        CSharpCompilation compilation = CSharpCompilation.Create("Configured", new[] { tree }, TestReferences.All, options);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create(analyzer)).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return diagnostics.Where(diagnostic => diagnostic.Id == id).ToImmutableArray();
    }

    /// <summary>Serves the per-file severities parsed from .editorconfig, as the compiler's own provider does.</summary>
    private sealed class EditorConfigTreeOptions(ImmutableDictionary<string, ReportDiagnostic> severities) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            => severities.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return false;
        }
    }
}
