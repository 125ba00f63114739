using Microsoft.CodeAnalysis;
using ParamArena.Analyzers.Escape;

namespace ParamArena.Analyzers.Rules;

/// <summary>PA1001: memory this method releases leaves it through a return, a yield, a ref/out parameter or memory the caller owns.</summary>
internal static class PA1001ReturnedArenaPointer
{
    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.ReturnedArenaPointer,
        "Arena pointer escapes through a return or ref/out parameter",
        "'{0}' points into the arena of lease '{1}', which is released when this method's lease ends; {2} it outlives the memory. Copy the data out (or allocate from a lease the caller passes in and mark the method [LeaseBound]).",
        RuleDescriptor.Safety, DiagnosticSeverity.Warning,
        "Memory allocated from an ArenaLease is reclaimed when the lease is disposed; a pointer that leaves the method (returned, yielded, or written where the caller reads it) dangles.");

    /// <summary>The diagnostic for a returned, yielded or caller-written value.</summary>
    public static Diagnostic Create(EscapeEvent escape) => Diagnostic.Create(Descriptor, escape.Location, escape.Value, escape.Memory!.OwnerName, escape.Route switch
    {
        EscapeRoute.Returned => "returning it means",
        EscapeRoute.Yielded => "yielding it means",
        _ => $"writing it to {escape.Place} means",
    });
}
