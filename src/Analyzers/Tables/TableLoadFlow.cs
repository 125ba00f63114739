using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ParamArena.Analyzers.Tables;

/// <summary>
/// Forward data-flow over one function's <see cref="ControlFlowGraph"/> for PA1010: which locals hold a function table
/// this function created and has not loaded, on some path ("may" join) and on every path ("must" join). A local leaves
/// the analysis (its state becomes unknown) as soon as anything but a table-function call sees it: LoadFunctions,
/// another method of the table, an argument, a copy, a capture. Blocks the graph enters without an edge (catch and
/// finally handlers) start with nothing tracked. Calls are reported only from a final walk over converged states.
/// </summary>
internal sealed class TableLoadFlow
{
    private const int MaxPasses = 40;

    private readonly ControlFlowGraph _graph;
    private readonly ImmutableHashSet<ILocalSymbol> _untracked;
    private readonly Action<Diagnostic> _report;
    private readonly CancellationToken _cancellationToken;
    private bool _reporting;

    private TableLoadFlow(ControlFlowGraph graph, ImmutableHashSet<ILocalSymbol> untracked, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        _graph = graph;
        _untracked = untracked;
        _report = report;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Analyzes the body <paramref name="root"/> (whose graph is <paramref name="graph"/>).</summary>
    public static void Run(ControlFlowGraph graph, IOperation root, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        // A local that a lambda or local function sees may be loaded there, at a time this graph cannot place.
        ImmutableHashSet<ILocalSymbol>.Builder untracked = ImmutableHashSet.CreateBuilder<ILocalSymbol>(SymbolEqualityComparer.Default);
        foreach (IOperation node in root.Descendants())
        {
            if (node is not (IAnonymousFunctionOperation or ILocalFunctionOperation)) continue;
            foreach (ILocalReferenceOperation reference in node.Descendants().OfType<ILocalReferenceOperation>()) untracked.Add(reference.Local);
        }
        new TableLoadFlow(graph, untracked.ToImmutable(), report, cancellationToken).Analyze();
    }

    private void Analyze()
    {
        int count = _graph.Blocks.Length;
        State?[] entry = new State?[count];
        State?[] exit = new State?[count];
        entry[0] = State.Empty;
        bool changed = true;
        for (int pass = 0; changed; pass++)
        {
            if (pass == MaxPasses) return;
            changed = false;
            foreach (BasicBlock block in _graph.Blocks)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                State? input = EntryState(block, exit);
                if (input is null) continue;
                entry[block.Ordinal] = input;
                State output = Transfer(block, input);
                if (exit[block.Ordinal] is { } previous && previous.Equals(output)) continue;
                exit[block.Ordinal] = output;
                changed = true;
            }
        }
        _reporting = true;
        foreach (BasicBlock block in _graph.Blocks)
        {
            if (entry[block.Ordinal] is { } input) Transfer(block, input);
        }
    }

    private State? EntryState(BasicBlock block, State?[] exit)
    {
        if (block.Kind == BasicBlockKind.Entry) return State.Empty;
        // Handlers have no incoming branch: whatever ran before them is unknown here.
        if (block.Predecessors.IsEmpty) return State.Empty;
        State? joined = null;
        foreach (ControlFlowBranch branch in block.Predecessors)
        {
            if (exit[branch.Source.Ordinal] is not { } from) continue;
            // Leaving a try for its finally, or a region by an exception, is not followed: start over there.
            if (!branch.LeavingRegions.IsEmpty && branch.LeavingRegions.Any(r => r.Kind is ControlFlowRegionKind.Try or ControlFlowRegionKind.TryAndFinally)) from = State.Empty;
            joined = joined is null ? from : joined.Join(from);
        }
        return joined;
    }

    private State Transfer(BasicBlock block, State state)
    {
        foreach (IOperation operation in block.Operations) state = Visit(operation, state);
        if (block.BranchValue is not null) state = Visit(block.BranchValue, state);
        return state;
    }

    private State Visit(IOperation operation, State state)
    {
        switch (operation)
        {
            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when Tracks(target.Local):
                state = Visit(assignment.Value, state);
                return IsUnloadedTable(assignment.Value) ? state.Created(target.Local) : state.Forget(target.Local);
            case IInvocationOperation { Instance: ILocalReferenceOperation receiver } call when Tracks(receiver.Local):
                foreach (IArgumentOperation argument in call.Arguments) state = Visit(argument, state);
                if (!TableFacts.IsTableFunction(call.TargetMethod)) return state.Forget(receiver.Local);
                if (_reporting && state.MayBeUnloaded(receiver.Local))
                    _report(Rules.PA1010TableCalledBeforeLoad.Create(NameLocation(call), call.TargetMethod, receiver.Local, state.IsUnloaded(receiver.Local)));
                return state;
            case ILocalReferenceOperation reference when Tracks(reference.Local):
                return state.Forget(reference.Local);
        }
        foreach (IOperation child in operation.ChildOperations) state = Visit(child, state);
        return state;
    }

    private bool Tracks(ILocalSymbol local) => TableFacts.IsTable(local.Type) && !_untracked.Contains(local) && !local.IsRef;

    /// <summary>
    /// A new table whose construction cannot have loaded it: the compiler's constructor, or one whose body calls nothing,
    /// with no object initializer that could.
    /// </summary>
    private static bool IsUnloadedTable(IOperation value)
    {
        while (value is IConversionOperation { IsImplicit: true } conversion) value = conversion.Operand;
        if (value is not IObjectCreationOperation { Constructor: { } constructor } creation || !TableFacts.IsTable(creation.Type)) return false;
        if (creation.Initializer is { Initializers.Length: > 0 }) return false;
        if (constructor.IsImplicitlyDeclared) return true;
        foreach (SyntaxReference reference in constructor.DeclaringSyntaxReferences)
        {
            SyntaxNode syntax = reference.GetSyntax();
            if (syntax is ConstructorDeclarationSyntax { Initializer: not null }) return false;
            if (syntax.DescendantNodes().Any(n => n is InvocationExpressionSyntax or ObjectCreationExpressionSyntax or AssignmentExpressionSyntax)) return false;
        }
        return constructor.DeclaringSyntaxReferences.Length > 0;
    }

    private static Location NameLocation(IInvocationOperation call) =>
        call.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } ? member.Name.GetLocation() : call.Syntax.GetLocation();

    /// <summary>The locals holding an unloaded table: on some path (<see cref="May"/>) and on every path (<see cref="Must"/>).</summary>
    private sealed class State : IEquatable<State>
    {
        public static readonly State Empty = new(ImmutableHashSet.Create<ILocalSymbol>(SymbolEqualityComparer.Default), ImmutableHashSet.Create<ILocalSymbol>(SymbolEqualityComparer.Default));

        private State(ImmutableHashSet<ILocalSymbol> may, ImmutableHashSet<ILocalSymbol> must)
        {
            May = may;
            Must = must;
        }

        public ImmutableHashSet<ILocalSymbol> May { get; }

        public ImmutableHashSet<ILocalSymbol> Must { get; }

        public bool MayBeUnloaded(ILocalSymbol local) => May.Contains(local);

        public bool IsUnloaded(ILocalSymbol local) => Must.Contains(local);

        public State Created(ILocalSymbol local) => new(May.Add(local), Must.Add(local));

        public State Forget(ILocalSymbol local) => May.Contains(local) ? new(May.Remove(local), Must.Remove(local)) : this;

        public State Join(State other) => new(May.Union(other.May), Must.Intersect(other.Must));

        public bool Equals(State? other) => other is not null && May.SetEquals(other.May) && Must.SetEquals(other.Must);

        public override bool Equals(object? obj) => Equals(obj as State);

        public override int GetHashCode() => May.Count * 31 + Must.Count;
    }
}
