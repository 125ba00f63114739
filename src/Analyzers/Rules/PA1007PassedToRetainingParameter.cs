using Microsoft.CodeAnalysis;
using ParamArena.Analyzers.Escape;

namespace ParamArena.Analyzers.Rules;

/// <summary>PA1007: arena memory passed to a [RetainsArgument] parameter, which keeps it beyond the lease.</summary>
internal static class PA1007PassedToRetainingParameter
{
    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.PassedToRetainingParameter,
        "Arena pointer passed to a parameter that retains it",
        "'{0}' points into the arena of lease '{1}' and is passed to '{2}', which keeps it ([RetainsArgument]) beyond the lease; pass memory you own instead",
        RuleDescriptor.Safety, DiagnosticSeverity.Warning,
        "A [RetainsArgument] parameter stores what it is given; the arena reclaims the memory when the lease ends.");

    /// <summary>The diagnostic for a value passed to a retaining parameter.</summary>
    public static Diagnostic Create(EscapeEvent escape) => Diagnostic.Create(Descriptor, escape.Location, escape.Value, escape.Memory!.OwnerName, escape.Place);
}
