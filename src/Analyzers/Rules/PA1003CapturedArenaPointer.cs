using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ParamArena.Analyzers.Escape;

namespace ParamArena.Analyzers.Rules;

/// <summary>PA1003: a lambda or local function capturing arena memory is returned, stored, scheduled or subscribed.</summary>
internal static class PA1003CapturedArenaPointer
{
    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.CapturedArenaPointer,
        "Arena pointer captured by an escaping lambda or local function",
        "The {0} captures '{1}', which points into the arena of lease '{2}', and {3}; it may run after the lease is released. Copy the data before capturing it, or run the code inside the lease's scope.",
        RuleDescriptor.Safety, DiagnosticSeverity.Warning,
        "A delegate that is stored, returned or scheduled can run after the lease has released the memory its captured pointer refers to.");

    /// <summary>A delegate passed to a method that schedules it (a thread, a task, a timer).</summary>
    public static void OnScheduled(LeaseFlowAnalysis analysis, Taint taint, IOperation value, IMethodSymbol method)
    {
        if (taint.Carrier != CarrierKind.Delegate || !taint.DiesBeforeHeap) return;
        OnDelegateEscapes(analysis, taint, value, $"is scheduled by '{method.ContainingType.Name}.{(method.MethodKind == MethodKind.Constructor ? "ctor" : method.Name)}'");
    }

    /// <summary>A delegate subscribed to an event of an object that is not a local.</summary>
    public static void OnSubscribed(LeaseFlowAnalysis analysis, Taint taint, IOperation value, IEventSymbol @event)
    {
        if (taint.Carrier != CarrierKind.Delegate || !taint.DiesBeforeHeap) return;
        OnDelegateEscapes(analysis, taint, value, $"is subscribed to the event '{@event.Name}'");
    }

    /// <summary>A delegate tracked by <paramref name="taint"/> escapes; the caller has decided its memory dies first.</summary>
    public static void OnDelegateEscapes(LeaseFlowAnalysis analysis, Taint taint, IOperation value, string fate)
    {
        string function = ArenaApis.Unwrap(value) switch
        {
            IDelegateCreationOperation { Target: IMethodReferenceOperation reference } => $"local function '{reference.Method.Name}'",
            IDelegateCreationOperation => "lambda",
            ILocalReferenceOperation local => $"delegate '{local.Local.Name}'",
            _ => "delegate",
        };
        analysis.Report(Descriptor, value.Syntax.GetLocation(), function, taint.CapturedName ?? "a pointer", taint.OwnerName, fate);
    }
}
