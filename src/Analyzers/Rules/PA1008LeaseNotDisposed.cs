using Microsoft.CodeAnalysis;
using ParamArena.Analyzers.Escape;

namespace ParamArena.Analyzers.Rules;

/// <summary>PA1008: a rented lease that is discarded, overwritten while live, still live where the method exits, or left open by a throw.</summary>
internal static class PA1008LeaseNotDisposed
{
    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.LeaseNotDisposed,
        "ArenaLease is not disposed on every path",
        "The lease rented here is not disposed on every path; declare it with 'using var' so every exit releases it (an undisposed lease keeps the arena's memory and breaks the nesting of later leases)",
        RuleDescriptor.Safety, DiagnosticSeverity.Warning,
        "Leases are nested scopes of the thread's arena; one that is never disposed (including on a path that throws after memory was allocated through it) leaks its memory and makes later, outer leases close out of order.");

    /// <summary>The diagnostic for a lease event, at the rent.</summary>
    public static Diagnostic Create(EscapeEvent escape) => Diagnostic.Create(Descriptor, escape.Location);
}
