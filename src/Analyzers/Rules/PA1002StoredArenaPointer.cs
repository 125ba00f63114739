using Microsoft.CodeAnalysis;
using ParamArena.Analyzers.Escape;

namespace ParamArena.Analyzers.Rules;

/// <summary>PA1002: arena memory stored in a field, static, array or collection that outlives the lease.</summary>
internal static class PA1002StoredArenaPointer
{
    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.StoredArenaPointer,
        "Arena pointer stored where it outlives its lease",
        "'{0}' points into the arena of lease '{1}' and is stored in {2}, which outlives the lease; keep arena pointers in locals, or copy the data into memory you own (NativePool, an array)",
        RuleDescriptor.Safety, DiagnosticSeverity.Warning,
        "Fields, static storage, arrays and collections reachable from outside the method keep the pointer after the lease releases its memory.");

    /// <summary>A tracked value is stored in heap storage described by <paramref name="where"/> (a delegate stored there is PA1003).</summary>
    public static void OnStore(LeaseFlowAnalysis analysis, Taint taint, IOperation value, string where)
    {
        if (!taint.DiesBeforeHeap) return;
        if (taint.Carrier == CarrierKind.Delegate)
        {
            PA1003CapturedArenaPointer.OnDelegateEscapes(analysis, taint, value, "is stored in " + where);
            return;
        }
        analysis.Report(Descriptor, value.Syntax.GetLocation(), ValueText.Describe(value), taint.OwnerName, where);
    }
}
