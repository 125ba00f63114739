using Microsoft.CodeAnalysis;
using ParamArena.Analyzers.Escape;

namespace ParamArena.Analyzers.Rules;

/// <summary>PA1001: memory this method releases leaves it through a return, a yield or a ref/out parameter.</summary>
internal static class PA1001ReturnedArenaPointer
{
    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.ReturnedArenaPointer,
        "Arena pointer escapes through a return or ref/out parameter",
        "'{0}' points into the arena of lease '{1}', which is released when this method's lease ends; {2} it outlives the memory. Copy the data out (or allocate from a lease the caller passes in and mark the method [LeaseBound]).",
        RuleDescriptor.Safety, DiagnosticSeverity.Warning,
        "Memory allocated from an ArenaLease is reclaimed when the lease is disposed; a pointer that leaves the method dangles.");

    private const string ThroughParameter = "leaves the method through a ref or out parameter";
    private const string ThroughYield = "is yielded out of the iterator";

    /// <summary>A tracked value is returned.</summary>
    public static void OnReturn(LeaseFlowAnalysis analysis, Taint taint, IOperation value)
        => OnLeave(analysis, taint, value, "returning it means", "is returned");

    /// <summary>A tracked value is yielded from an iterator.</summary>
    public static void OnYield(LeaseFlowAnalysis analysis, Taint taint, IOperation value)
        => OnLeave(analysis, taint, value, "yielding it means", ThroughYield);

    /// <summary>A tracked value is written to (part of) a ref or out parameter; <paramref name="how"/> says how, ending in "means".</summary>
    public static void OnWriteToParameter(LeaseFlowAnalysis analysis, Taint taint, IOperation value, string how)
        => OnLeave(analysis, taint, value, how, ThroughParameter);

    // Leaving the method matters only for memory this method releases before it returns; a delegate leaving it is PA1003.
    private static void OnLeave(LeaseFlowAnalysis analysis, Taint taint, IOperation value, string how, string delegateFate)
    {
        if (!taint.DiesWithMethod) return;
        if (taint.Carrier == CarrierKind.Delegate)
        {
            PA1003CapturedArenaPointer.OnDelegateEscapes(analysis, taint, value, delegateFate);
            return;
        }
        analysis.Report(Descriptor, value.Syntax.GetLocation(), ValueText.Describe(value), taint.OwnerName, how);
    }
}
