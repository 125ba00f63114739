using Microsoft.CodeAnalysis;
using ParamArena.Analyzers.Usage;

namespace ParamArena.Analyzers.Rules;

/// <summary>PA0003: an [ArenaMarshal] method cannot be generic.</summary>
internal static class PA0003GenericMethod
{
    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.GenericMethod,
        "[ArenaMarshal] method cannot be generic",
        "[ArenaMarshal] method '{0}' is generic; a native function has one fixed signature, so declare one non-generic method per type",
        RuleDescriptor.Usage, DiagnosticSeverity.Error,
        "Native entry points have fixed parameter types; the generator does not emit stubs for generic methods.");

    /// <summary>Reports this rule for one written [ArenaMarshal] method declaration.</summary>
    public static void Check(ArenaMarshalMethod declaration)
    {
        if (declaration.Method.IsGenericMethod) declaration.Report(Diagnostic.Create(Descriptor, declaration.Location, declaration.Name));
    }
}
