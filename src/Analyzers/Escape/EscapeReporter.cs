using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ParamArena.Analyzers.Rules;

namespace ParamArena.Analyzers.Escape;

/// <summary>
/// Maps the flow engine's <see cref="EscapeEvent"/>s to rules: which events matter for the memory's owner (leaving
/// the method matters only for memory this method releases; heap storage also for a lease the caller lent), which
/// rule covers them (a delegate, or an object keeping one, is PA1003 whatever the route), and reports each rule once
/// per position (once per variable for reads). The only place that knows both the events and the rules.
/// </summary>
internal sealed class EscapeReporter
{
    private readonly Action<Diagnostic> _report;
    private readonly HashSet<(string Id, int Position)> _reported = new();
    private readonly HashSet<(string Id, ISymbol Symbol)> _reportedReads = new();

    public EscapeReporter(Action<Diagnostic> report) => _report = report;

    /// <summary>Every rule this reporter can map an event to.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Rules { get; } = ImmutableArray.Create(
        PA1001ReturnedArenaPointer.Descriptor, PA1002StoredArenaPointer.Descriptor, PA1003CapturedArenaPointer.Descriptor,
        PA1004UseAfterDispose.Descriptor, PA1005AliveAcrossSuspension.Descriptor, PA1007PassedToRetainingParameter.Descriptor,
        PA1008LeaseNotDisposed.Descriptor);

    public void Add(EscapeEvent escape)
    {
        if (Map(escape) is not { } diagnostic) return;
        if (escape.Route == EscapeRoute.Read && escape.Variable is { } variable && !_reportedReads.Add((diagnostic.Id, variable))) return;
        if (_reported.Add((diagnostic.Id, diagnostic.Location.SourceSpan.Start))) _report(diagnostic);
    }

    private static Diagnostic? Map(EscapeEvent escape)
    {
        Taint? memory = escape.Memory;
        switch (escape.Route)
        {
            case EscapeRoute.Returned or EscapeRoute.Yielded or EscapeRoute.WrittenToCaller:
                if (memory is not { DiesWithMethod: true }) return null;
                return memory.HoldsDelegate ? PA1003CapturedArenaPointer.Create(escape) : PA1001ReturnedArenaPointer.Create(escape);
            case EscapeRoute.Stored:
                if (memory is not { DiesBeforeHeap: true }) return null;
                return memory.HoldsDelegate ? PA1003CapturedArenaPointer.Create(escape) : PA1002StoredArenaPointer.Create(escape);
            case EscapeRoute.Scheduled or EscapeRoute.Subscribed:
                return memory is { DiesBeforeHeap: true, HoldsDelegate: true } ? PA1003CapturedArenaPointer.Create(escape) : null;
            case EscapeRoute.Retained:
                return memory is { DiesBeforeHeap: true } ? PA1007PassedToRetainingParameter.Create(escape) : null;
            case EscapeRoute.Read:
                if (memory is null) return null;
                if (memory.Released || memory.ReleasedInLoop) return memory.Owner is null ? null : PA1004UseAfterDispose.Create(escape);
                // Only memory tied to this thread's arena; an Arena object of unknown lifetime may legitimately span awaits.
                return memory.Suspension is not null && memory.Kind is OwnerKind.LocalLease or OwnerKind.ParameterLease or OwnerKind.ThreadArena
                    ? PA1005AliveAcrossSuspension.Create(escape) : null;
            case EscapeRoute.LeaseDiscarded or EscapeRoute.LeaseOverwritten or EscapeRoute.LeaseOpenAtExit or EscapeRoute.LeaseOpenOnThrow:
                return PA1008LeaseNotDisposed.Create(escape);
            default:
                return null;
        }
    }
}
