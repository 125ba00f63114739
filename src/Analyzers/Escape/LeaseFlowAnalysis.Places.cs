using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ParamArena.Analyzers.Escape;

/// <summary>
/// Places rather than values: what a <c>ref</c> local aliases, which memory a reference expression (<c>*p</c>,
/// <c>p[i]</c>, <c>span[i]</c>) lies in, and which pointers and spans refer to memory the caller owns.
/// </summary>
internal sealed partial class LeaseFlowAnalysis
{
    private readonly Dictionary<ILocalSymbol, IOperation> _refAliases = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _callerLocals = new(SymbolEqualityComparer.Default);

    // Once per function: ref locals bound to one place, and pointer or span locals only ever set from the caller's memory.
    private void ClassifyPlaces(List<ISimpleAssignmentOperation> localAssignments)
    {
        var rebound = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var candidates = new Dictionary<ISymbol, List<IOperation>>(SymbolEqualityComparer.Default);
        foreach (ISimpleAssignmentOperation assignment in localAssignments)
        {
            ILocalSymbol local = ((ILocalReferenceOperation)assignment.Target).Local;
            if (assignment.IsRef)
            {
                if (_refAliases.ContainsKey(local)) rebound.Add(local);
                _refAliases[local] = assignment.Value;
            }
            else if (local.Type is IPointerTypeSymbol || IsSpan(local.Type))
            {
                if (!candidates.TryGetValue(local, out List<IOperation>? values)) candidates[local] = values = new List<IOperation>();
                values.Add(assignment.Value);
            }
        }
        // A ref local bound more than once could alias either place.
        foreach (ISymbol local in rebound) _refAliases.Remove((ILocalSymbol)local);
        // Locals made from other caller locals (a slice of a slice) need more than one round.
        for (int round = 0; round < 3; round++)
        {
            bool grew = false;
            foreach (KeyValuePair<ISymbol, List<IOperation>> pair in candidates)
            {
                if (_callerLocals.Contains(pair.Key)) continue;
                bool all = true;
                foreach (IOperation value in pair.Value) all &= IsCallerMemory(value, 0);
                if (all && _callerLocals.Add(pair.Key)) grew = true;
            }
            if (!grew) break;
        }
    }

    /// <summary>True when <paramref name="operation"/> (a pointer or span) refers to memory the caller gave this function.</summary>
    private bool IsCallerMemory(IOperation operation, int depth)
    {
        if (depth > MaxDepth) return false;
        switch (ArenaApis.Unwrap(operation))
        {
            case IParameterReferenceOperation { Parameter.Type: var type }:
                return type is IPointerTypeSymbol || IsSpan(type);
            case ILocalReferenceOperation { Local: var local }:
                return _callerLocals.Contains(local);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract, LeftOperand: var left } when left.Type is IPointerTypeSymbol:
                return IsCallerMemory(left, depth + 1);
            // A span or pointer field of a parameter (by value or by reference) still refers to the caller's memory.
            case IFieldReferenceOperation { Field.Type: var type, Instance: { } instance } when type is IPointerTypeSymbol || IsSpan(type):
                return ArenaApis.Unwrap(instance) is IParameterReferenceOperation || IsCallerMemory(instance, depth + 1);
            case IInvocationOperation { TargetMethod.Name: "Slice", Instance: { } span } when IsSpan(span.Type):
                return IsCallerMemory(span, depth + 1);
            case IFlowCaptureReferenceOperation capture when _captureTargets.TryGetValue(capture.Id, out IOperation? captured):
                return IsCallerMemory(captured, depth + 1);
            default:
                return false;
        }
    }

    /// <summary>
    /// The arena memory a reference expression lies in (<c>*p</c>, <c>p[i]</c>, <c>p-&gt;Field</c>, <c>span[i]</c>, a ref
    /// local bound to one of them, a ref-returning memory helper), or null when it refers to a variable or managed memory.
    /// Evaluates quietly: the reads were seen when the expression itself was evaluated.
    /// </summary>
    private Taint? AddressTaint(IOperation operation, int depth = 0)
    {
        if (depth > MaxDepth) return null;
        IOperation? reference = ArenaApis.Unwrap(operation);
        switch (reference)
        {
            case ILocalReferenceOperation { Local: { RefKind: not RefKind.None } local } when _refAliases.TryGetValue(local, out IOperation? place):
                return AddressTaint(place, depth + 1);
            case IFlowCaptureReferenceOperation capture when _captureTargets.TryGetValue(capture.Id, out IOperation? captured):
                return AddressTaint(captured, depth + 1);
            case IFieldReferenceOperation { Instance: { } instance, Field.ContainingType.IsValueType: true }:
                return AddressTaint(instance, depth + 1);
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } span } when IsSpan(span.Type):
                return Quietly(span);
            case IInvocationOperation invocation when invocation.TargetMethod.ReturnsByRef || invocation.TargetMethod.ReturnsByRefReadonly:
                return Quietly(invocation);
            case { Kind: OperationKind.None }:
                foreach (IOperation child in reference.ChildOperations)
                {
                    if (child.Type is IPointerTypeSymbol || IsSpan(child.Type)) return Quietly(child);
                }
                return null;
            default:
                return null;
        }
    }

    private Taint? Quietly(IOperation operation)
    {
        _addressOnly++;
        _silent++;
        try
        {
            return Eval(operation) is { Carrier: CarrierKind.Pointer } taint ? taint : null;
        }
        finally
        {
            _silent--;
            _addressOnly--;
        }
    }
}
