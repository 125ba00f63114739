using Microsoft.CodeAnalysis;
using ParamArena.Analyzers.Escape;

namespace ParamArena.Analyzers.Rules;

/// <summary>PA1004: an arena pointer read after its lease (or arena) was disposed or reset on every path, or on every path round a loop.</summary>
internal static class PA1004UseAfterDispose
{
    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.UseAfterDispose,
        "Arena pointer used after its lease is disposed",
        "'{0}' points into the arena of '{1}', which {2}; use the pointer inside the lease's scope, or move the end of the scope after this use",
        RuleDescriptor.Safety, DiagnosticSeverity.Warning,
        "Disposing a lease (the end of its using, or an explicit Dispose) or resetting an arena releases its memory; the next rent or allocation overwrites it.");

    /// <summary>The diagnostic for a read of released memory.</summary>
    public static Diagnostic Create(EscapeEvent escape) => Diagnostic.Create(Descriptor, escape.Location, escape.Value, escape.Memory!.OwnerName,
        escape.Memory.Released ? "has been disposed or reset at this point" : "is reset or disposed on every pass of the loop, so from the second pass on this reads released memory (set a persistent floor, or allocate it again)");
}
