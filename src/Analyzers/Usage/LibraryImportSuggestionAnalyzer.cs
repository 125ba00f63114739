using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ParamArena.Analyzers.Usage;

/// <summary>
/// Suggests [ArenaMarshal] for [LibraryImport] methods whose marshalling allocates on every call (PA0010),
/// only when [ArenaMarshal] supports the whole signature, so following the suggestion never produces an error.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LibraryImportSuggestionAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.PreferArenaMarshal);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // Generated files are skipped by GeneratedFiles below, not by Roslyn (see there why).
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Without the runtime referenced there is nothing to convert to.
            if (start.Compilation.GetTypeByMetadataName(ParamArenaSymbols.ArenaMarshalAttribute) is null) return;
            start.RegisterSyntaxNodeAction(AnalyzeDeclaration, SyntaxKind.MethodDeclaration);
        });
    }

    private static void AnalyzeDeclaration(SyntaxNodeAnalysisContext context)
    {
        // A partial method is analyzed once, through its declaration; the (generated) implementation part is skipped.
        if (DeclarationSyntax.IsPartialImplementation(context.Node) || GeneratedFiles.IsGenerated(context.Node.SyntaxTree, context.Options)) return;
        if (context.SemanticModel.GetDeclaredSymbol(context.Node, context.CancellationToken) is not IMethodSymbol method) return;
        AttributeData? libraryImport = ParamArenaSymbols.GetAttribute(method, ParamArenaSymbols.LibraryImportAttribute);
        if (libraryImport is null || ParamArenaSymbols.HasAttribute(method, ParamArenaSymbols.ArenaMarshalAttribute)) return;
        if (method.IsGenericMethod || MarshallingSupport.CheckReturn(method) is not null) return;
        // A custom string marshaller has no [ArenaMarshal] equivalent.
        if (ParamArenaSymbols.NamedArgument(libraryImport, "StringMarshallingCustomType") is { Value: not null }) return;

        IParameterSymbol? allocating = null;
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            if (MarshallingSupport.CheckParameter(parameter) is not null) return;
            if (HasMarshallingAttributes(parameter)) return;
            if (allocating is null && MarshallingSupport.LibraryImportAllocatesPerCall(parameter)) allocating = parameter;
        }
        if (allocating is null) return;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.PreferArenaMarshal, DeclarationSyntax.NameLocation(method), method.Name, allocating.Name));
    }

    // [MarshalUsing] and friends select LibraryImport-specific marshallers that [ArenaMarshal] does not read.
    private static bool HasMarshallingAttributes(IParameterSymbol parameter)
    {
        foreach (AttributeData attribute in parameter.GetAttributes())
        {
            string name = ParamArenaSymbols.FullName(attribute.AttributeClass);
            if (name == "System.Runtime.InteropServices.Marshalling.MarshalUsingAttribute") return true;
        }
        return false;
    }
}
