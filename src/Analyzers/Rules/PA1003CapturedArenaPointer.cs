using Microsoft.CodeAnalysis;
using ParamArena.Analyzers.Escape;

namespace ParamArena.Analyzers.Rules;

/// <summary>PA1003: a lambda or local function capturing arena memory is returned, stored, scheduled, subscribed, or kept by an object or a deferred query that is.</summary>
internal static class PA1003CapturedArenaPointer
{
    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.CapturedArenaPointer,
        "Arena pointer captured by an escaping lambda or local function",
        "'{0}' holds a delegate that captures '{1}', which points into the arena of lease '{2}', and {3}; it may run after the lease is released. Copy the data before capturing it, or run the code inside the lease's scope.",
        RuleDescriptor.Safety, DiagnosticSeverity.Warning,
        "A delegate that is stored, returned or scheduled (directly, or inside a Lazy<T> or a deferred LINQ query) can run after the lease has released the memory its captured pointer refers to.");

    /// <summary>The diagnostic for an escaping value that is, or keeps, such a delegate.</summary>
    public static Diagnostic Create(EscapeEvent escape) => Diagnostic.Create(Descriptor, escape.Location, escape.Value, escape.Memory!.CapturedName ?? "a pointer", escape.Memory.OwnerName, escape.Route switch
    {
        EscapeRoute.Returned => "is returned",
        EscapeRoute.Yielded => "is yielded out of the iterator",
        EscapeRoute.WrittenToCaller => "is written to " + escape.Place,
        EscapeRoute.Scheduled => $"is scheduled by '{escape.Place}'",
        EscapeRoute.Subscribed => $"is subscribed to the event '{escape.Place}'",
        _ => "is stored in " + escape.Place,
    });
}
