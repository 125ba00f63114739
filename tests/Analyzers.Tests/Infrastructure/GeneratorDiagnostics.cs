using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ParamArena.Generator;
using ParamArena.Marshalling;

namespace ParamArena.Analyzers.Tests.Infrastructure;

/// <summary>
/// Test-only bridge: runs the real generator over the compilation and reports what it reports, so the analyzer and
/// code-fix test framework can drive the code fixes of the generator's usage rules (PA0002, PA0004, PA0008...).
/// </summary>
#pragma warning disable RS1036, RS1038, RS1041 // A test double, never loaded by a compiler.
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class GeneratorDiagnostics : DiagnosticAnalyzer
{
    /// <summary>Every usage rule the generator reports.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> UsageDescriptors = typeof(UsageRules)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
        .ToImmutableArray();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => UsageDescriptors;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Run once per compilation; each diagnostic is reported from its own tree, so the test framework treats it as local.
            System.Lazy<ImmutableArray<Diagnostic>> diagnostics = new(() =>
            {
                GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new ArenaMarshalGenerator().AsSourceGenerator() },
                    parseOptions: (CSharpParseOptions)start.Compilation.SyntaxTrees.First().Options);
                driver.RunGeneratorsAndUpdateCompilation(start.Compilation, out _, out ImmutableArray<Diagnostic> reported);
                return reported;
            });
            start.RegisterSemanticModelAction(model =>
            {
                foreach (Diagnostic diagnostic in diagnostics.Value)
                {
                    if (diagnostic.Location.SourceTree == model.SemanticModel.SyntaxTree) model.ReportDiagnostic(diagnostic);
                }
            });
        });
    }
}
#pragma warning restore RS1036, RS1038, RS1041
