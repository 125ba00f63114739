using Microsoft.CodeAnalysis;
using ParamArena.Analyzers.Usage;

namespace ParamArena.Analyzers.Rules;

/// <summary>PA0004: a method has both [LibraryImport] and [ArenaMarshal].</summary>
internal static class PA0004BothImportAttributes
{
    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.BothImportAttributes,
        "Method has both [LibraryImport] and [ArenaMarshal]",
        "Method '{0}' has both [LibraryImport] and [ArenaMarshal]; keep one of them (each generator would write a body)",
        RuleDescriptor.Usage, DiagnosticSeverity.Error,
        "A partial method has exactly one implementation; [ArenaMarshal] takes the place of [LibraryImport] and accepts the same arguments.");

    /// <summary>Reports this rule for one written [ArenaMarshal] method declaration.</summary>
    public static void Check(ArenaMarshalMethod declaration)
    {
        if (ParamArenaSymbols.HasAttribute(declaration.Method, ParamArenaSymbols.LibraryImportAttribute))
            declaration.Report(Diagnostic.Create(Descriptor, declaration.Location, declaration.Name));
    }
}
