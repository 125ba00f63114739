using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using ParamArena.Analyzers.Rules;

namespace ParamArena.Analyzers.Usage;

/// <summary>
/// Runs the rules that look at interop method declarations: PA1006 for [ArenaMarshal] methods, PA0010 and PA0027
/// for [LibraryImport] and [DllImport] methods. What the generator refuses is reported by the generator itself.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InteropMethodAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        PA0010PreferArenaMarshal.Descriptor, PA0027ConvertibleToArenaMarshal.Descriptor, PA1006PointerIntoStaging.Descriptor);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // Generated files are skipped by GeneratedFiles below, not by Roslyn (see there why).
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            bool suggest = PA0010PreferArenaMarshal.AppliesTo(start.Compilation);
            // One action per written declaration: symbol actions on partial methods differ between compiler versions
            // (definition, implementation or both), while the user's declaration is always exactly one node.
            start.RegisterSyntaxNodeAction(node => AnalyzeDeclaration(node, suggest), SyntaxKind.MethodDeclaration);
        });
    }

    private static void AnalyzeDeclaration(SyntaxNodeAnalysisContext context, bool suggest)
    {
        // A partial method is analyzed once, through its declaration; the (generated) implementation part is skipped.
        if (DeclarationSyntax.IsPartialImplementation(context.Node) || GeneratedFiles.IsGenerated(context.Node.SyntaxTree, context.Options)) return;
        if (context.SemanticModel.GetDeclaredSymbol(context.Node, context.CancellationToken) is not IMethodSymbol method) return;
        AttributeData? arenaMarshal = TypeFacts.Attribute(method, KnownNames.ArenaMarshalAttribute);
        if (arenaMarshal is null)
        {
            if (!suggest) return;
            var syntax = (MethodDeclarationSyntax)context.Node;
            PA0010PreferArenaMarshal.Check(method, syntax, context.SemanticModel, context.ReportDiagnostic, context.CancellationToken);
            PA0027ConvertibleToArenaMarshal.Check(method, syntax, context.SemanticModel, context.ReportDiagnostic, context.CancellationToken);
            return;
        }
        PA1006PointerIntoStaging.Check(new ArenaMarshalMethod(method, arenaMarshal, context.ReportDiagnostic));
    }
}
