using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ParamArena.Analyzers.Escape;

/// <summary>The places arena memory must not reach, and which owners make reaching them a bug.</summary>
internal sealed partial class LeaseFlowAnalysis
{
    // Leaving the method matters only for memory this method releases before it returns.
    private static bool DiesWithMethod(Taint taint) => taint.Kind is OwnerKind.LocalLease or OwnerKind.LocalArena;

    // Heap storage outlives any lease, including one the caller lent us.
    private static bool DiesBeforeHeap(Taint taint) => taint.Kind is OwnerKind.LocalLease or OwnerKind.LocalArena or OwnerKind.ParameterLease;

    private void ReturnSink(Taint taint, IOperation value, string how)
    {
        if (!DiesWithMethod(taint)) return;
        if (taint.Carrier == CarrierKind.Delegate)
        {
            ReportCapture(taint, value, how.StartsWith("returning", System.StringComparison.Ordinal) ? "is returned" : "leaves the method through a ref or out parameter");
            return;
        }
        Report(Descriptors.ReturnedArenaPointer, value.Syntax.GetLocation(), Describe(value), taint.OwnerName, how);
    }

    private void StoreSink(Taint taint, IOperation value, string where, bool delegateVerb = false)
    {
        if (!DiesBeforeHeap(taint)) return;
        if (taint.Carrier == CarrierKind.Delegate)
        {
            ReportCapture(taint, value, delegateVerb ? where : "is stored in " + where);
            return;
        }
        if (delegateVerb) return;
        Report(Descriptors.StoredArenaPointer, value.Syntax.GetLocation(), Describe(value), taint.OwnerName, where);
    }

    private void RetainSink(Taint taint, IOperation value, IMethodSymbol method)
    {
        if (!DiesBeforeHeap(taint)) return;
        Report(Descriptors.PassedToRetainingParameter, value.Syntax.GetLocation(), Describe(value), taint.OwnerName,
            method.ContainingType.Name + "." + (method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name));
    }

    private void ReportCapture(Taint taint, IOperation value, string fate)
    {
        string function = ArenaApis.Unwrap(value) switch
        {
            IDelegateCreationOperation { Target: IMethodReferenceOperation reference } => $"local function '{reference.Method.Name}'",
            IDelegateCreationOperation => "lambda",
            ILocalReferenceOperation local => $"delegate '{local.Local.Name}'",
            _ => "delegate",
        };
        Report(Descriptors.CapturedArenaPointer, value.Syntax.GetLocation(), function, taint.CapturedName ?? "a pointer", taint.OwnerName, fate);
    }

    private static string Describe(IOperation value)
    {
        IOperation? operation = ArenaApis.Unwrap(value);
        switch (operation)
        {
            case ILocalReferenceOperation local: return local.Local.Name;
            case IParameterReferenceOperation parameter: return parameter.Parameter.Name;
        }
        string text = value.Syntax.ToString();
        text = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
        return text.Length <= 48 ? text : text.Substring(0, 45) + "...";
    }
}
