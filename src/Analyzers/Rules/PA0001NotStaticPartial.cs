using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParamArena.Analyzers.Usage;

namespace ParamArena.Analyzers.Rules;

/// <summary>PA0001: an [ArenaMarshal] method must be <c>static partial</c> without a body.</summary>
internal static class PA0001NotStaticPartial
{
    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.NotStaticPartial,
        "[ArenaMarshal] method must be 'static partial' without a body",
        "[ArenaMarshal] method '{0}' {1}; declare it 'static partial' with no body so the generator can write it",
        RuleDescriptor.Usage, DiagnosticSeverity.Error,
        "The generator writes the body of an [ArenaMarshal] method as the implementation of a static partial method; any other shape gets no body.");

    /// <summary>Reports this rule for one written [ArenaMarshal] method declaration.</summary>
    public static void Check(ArenaMarshalMethod declaration)
    {
        string? problem = DescribeProblem(declaration.Method);
        if (problem is not null) declaration.Report(Diagnostic.Create(Descriptor, declaration.Location, declaration.Name, problem));
    }

    private static string? DescribeProblem(IMethodSymbol method)
    {
        if (!method.IsStatic) return "is not static";
        if (method.IsExtern) return "is extern";
        foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not MethodDeclarationSyntax declaration) continue;
            if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword)) return "is not partial";
            if (DeclarationSyntax.IsPartialImplementation(declaration)) return "has a body";
        }
        return null;
    }
}
