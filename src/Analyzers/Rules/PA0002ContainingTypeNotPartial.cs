using Microsoft.CodeAnalysis;
using ParamArena.Analyzers.Usage;

namespace ParamArena.Analyzers.Rules;

/// <summary>PA0002: every type containing an [ArenaMarshal] method must be partial.</summary>
internal static class PA0002ContainingTypeNotPartial
{
    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.ContainingTypeNotPartial,
        "Type containing an [ArenaMarshal] method must be partial",
        "Type '{0}' contains the [ArenaMarshal] method '{1}' but is not partial; add the 'partial' modifier to '{0}'",
        RuleDescriptor.Usage, DiagnosticSeverity.Error,
        "The generated body is emitted in another part of every enclosing type, so each of them must be partial.");

    /// <summary>Reports this rule for one written [ArenaMarshal] method declaration.</summary>
    public static void Check(ArenaMarshalMethod declaration)
    {
        INamedTypeSymbol? nonPartial = DeclarationSyntax.FirstNonPartial(declaration.Method.ContainingType);
        if (nonPartial is not null) declaration.Report(Diagnostic.Create(Descriptor, declaration.Location, nonPartial.Name, declaration.Name));
    }
}
