using Microsoft.CodeAnalysis;
using ParamArena.Analyzers.Escape;

namespace ParamArena.Analyzers.Rules;

/// <summary>PA1005: an arena pointer read after an await or yield return that every path to the read passes.</summary>
internal static class PA1005AliveAcrossSuspension
{
    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.AliveAcrossSuspension,
        "Arena pointer used across an await or yield",
        "'{0}' points into the thread's arena and is used after an {1}; the method may resume on another thread or after the lease was released. Finish using it before the {1}, or copy the data out.",
        RuleDescriptor.Safety, DiagnosticSeverity.Warning,
        "The arena belongs to the thread that rented it; code after an await or yield may run on another thread or after other code reused the arena.");

    /// <summary>The diagnostic for a read after a suspension.</summary>
    public static Diagnostic Create(EscapeEvent escape) => Diagnostic.Create(Descriptor, escape.Location, escape.Value, escape.Memory!.Suspension);
}
