using Microsoft.CodeAnalysis;
using ParamArena.Analyzers.Escape;

namespace ParamArena.Analyzers.Rules;

/// <summary>PA1004: an arena pointer read after its lease (or arena) was disposed on every path.</summary>
internal static class PA1004UseAfterDispose
{
    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.UseAfterDispose,
        "Arena pointer used after its lease is disposed",
        "'{0}' points into the arena of '{1}', which has been disposed at this point; use the pointer inside the lease's scope, or move the end of the scope after this use",
        RuleDescriptor.Safety, DiagnosticSeverity.Warning,
        "Disposing a lease (the end of its using, or an explicit Dispose) releases its memory; the next rent overwrites it.");

    /// <summary>A pointer variable is read; returns true when this rule applies (reported on the first such read only).</summary>
    public static bool OnRead(LeaseFlowAnalysis analysis, IOperation reference, ISymbol variable, Taint taint)
    {
        if (!taint.Released || taint.Owner is null) return false;
        analysis.ReportFirstRead(Descriptor, variable, reference.Syntax.GetLocation(), variable.Name, taint.OwnerName);
        return true;
    }
}
