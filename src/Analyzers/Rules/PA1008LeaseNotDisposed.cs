using Microsoft.CodeAnalysis;
using ParamArena.Analyzers.Escape;

namespace ParamArena.Analyzers.Rules;

/// <summary>PA1008: a rented lease that is discarded, overwritten while live, or still live where the method exits.</summary>
internal static class PA1008LeaseNotDisposed
{
    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.LeaseNotDisposed,
        "ArenaLease is not disposed on every path",
        "The lease rented here is not disposed on every path; declare it with 'using var' so every exit releases it (an undisposed lease keeps the arena's memory and breaks the nesting of later leases)",
        RuleDescriptor.Safety, DiagnosticSeverity.Warning,
        "Leases are nested scopes of the thread's arena; one that is never disposed leaks its memory and makes later, outer leases close out of order.");

    /// <summary>A rent whose lease is never stored (an expression statement, or a call on the rent that is not its Dispose).</summary>
    public static void OnDiscardedRent(LeaseFlowAnalysis analysis, IOperation rent) => analysis.Report(Descriptor, rent.Syntax.GetLocation());

    /// <summary>A live lease variable is assigned again, losing the only way to dispose the lease rented at <paramref name="rented"/>.</summary>
    public static void OnOverwritten(LeaseFlowAnalysis analysis, Location rented) => analysis.Report(Descriptor, rented);

    /// <summary>The state where the method exits: every lease still live there leaks on some path.</summary>
    public static void OnExit(LeaseFlowAnalysis analysis, FlowState exit)
    {
        foreach (Location rented in exit.LiveLeases.Values) analysis.Report(Descriptor, rented);
    }
}
