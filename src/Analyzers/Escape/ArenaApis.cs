using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ParamArena.Analyzers.Escape;

/// <summary>Recognizes the calls that make, release or retain arena memory.</summary>
internal static class ArenaApis
{
    /// <summary>Allocation methods of ArenaLease and Arena (docs/arena.md, Allocating): their result points into the arena.</summary>
    public static readonly ImmutableHashSet<string> AllocationMethods = ImmutableHashSet.Create(
        "Alloc", "AllocUninitialized", "AllocArray", "AllocSpan", "AllocSpanUninitialized", "Copy",
        "Utf8", "Utf16", "Utf8Array", "Utf16Array");

    /// <summary>True for ArenaLease/Arena methods whose result points into the arena.</summary>
    public static bool IsAllocation(IMethodSymbol method)
        => (ParamArenaSymbols.IsArenaLease(method.ContainingType) || ParamArenaSymbols.IsArena(method.ContainingType))
           && !method.IsStatic && AllocationMethods.Contains(method.Name);

    /// <summary>True for <c>TryAlloc(size, alignment, out void* p)</c>, which hands the pointer out through its last argument.</summary>
    public static bool IsTryAllocation(IMethodSymbol method)
        => method.Name == "TryAlloc" && !method.IsStatic
           && (ParamArenaSymbols.IsArenaLease(method.ContainingType) || ParamArenaSymbols.IsArena(method.ContainingType));

    public static bool IsRent(IOperation? operation)
        => Unwrap(operation) is IInvocationOperation { TargetMethod: { Name: "Rent", IsStatic: true } method } && ParamArenaSymbols.IsArenaLease(method.ContainingType);

    /// <summary>True for <c>Dispose()</c> on a lease or arena, and <c>Reset()</c> on an arena: both release what was allocated.</summary>
    public static bool IsRelease(IMethodSymbol method, ITypeSymbol? receiverType)
    {
        if (method.Parameters.Length != 0) return false;
        if (method.Name == "Dispose") return ParamArenaSymbols.IsArenaLease(receiverType) || ParamArenaSymbols.IsArena(receiverType);
        return method.Name == "Reset" && ParamArenaSymbols.IsArena(receiverType);
    }

    /// <summary>True for <c>Arena.SetPersistentFloor()</c>: what was allocated before it survives <c>Reset()</c>.</summary>
    public static bool IsPersistentFloor(IMethodSymbol method, ITypeSymbol? receiverType)
        => method.Name == "SetPersistentFloor" && method.Parameters.Length == 0 && ParamArenaSymbols.IsArena(receiverType);

    public static bool IsLeaseBound(IMethodSymbol method) => TypeFacts.HasAttribute(method.OriginalDefinition, ParamArenaSymbols.LeaseBoundAttribute);

    /// <summary>
    /// The ordinal of an <c>[ArenaEnumerated] out Span&lt;T&gt;</c> parameter whose items the stub places in its
    /// <c>ArenaLease</c> argument (so they live as long as that lease), or -1.
    /// </summary>
    public static int LeaseItemsParameter(IMethodSymbol method)
    {
        bool hasLease = false;
        foreach (IParameterSymbol parameter in method.Parameters) hasLease |= ParamArenaSymbols.IsArenaLease(parameter.Type);
        if (!hasLease) return -1;
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            if (parameter.RefKind == RefKind.Out && TypeFacts.HasAttribute(parameter.OriginalDefinition, KnownNames.ArenaEnumeratedAttribute)) return parameter.Ordinal;
        }
        return -1;
    }

    public static bool RetainsArgument(IParameterSymbol? parameter)
        => parameter is not null && TypeFacts.HasAttribute(parameter.OriginalDefinition, ParamArenaSymbols.RetainsArgumentAttribute);

    public static bool IsForCurrentThread(IOperation? operation)
        => Unwrap(operation) is IPropertyReferenceOperation { Property: { Name: "ForCurrentThread", IsStatic: true } property } && ParamArenaSymbols.IsArena(property.ContainingType);

    /// <summary>True when the method body mentions the arena at all; everything else is skipped before any flow analysis.</summary>
    public static bool TouchesArena(IOperation root)
    {
        foreach (IOperation operation in root.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IInvocationOperation invocation:
                    INamedTypeSymbol type = invocation.TargetMethod.ContainingType;
                    if (ParamArenaSymbols.IsArenaLease(type) || ParamArenaSymbols.IsArena(type) || IsLeaseBound(invocation.TargetMethod)
                        || LeaseItemsParameter(invocation.TargetMethod) >= 0) return true;
                    break;
                case IPropertyReferenceOperation property when ParamArenaSymbols.IsArena(property.Property.ContainingType):
                    return true;
            }
        }
        return false;
    }

    /// <summary>Methods that run a delegate later, on another thread or after the caller returns.</summary>
    public static bool SchedulesDelegate(IMethodSymbol method)
    {
        string type = TypeFacts.FullName(method.ContainingType);
        return type switch
        {
            "System.Threading.Tasks.Task" or "System.Threading.Tasks.Task`1" => method.Name is "Run" or "ContinueWith" || method.MethodKind == MethodKind.Constructor,
            "System.Threading.Tasks.TaskFactory" or "System.Threading.Tasks.TaskFactory`1" => method.Name == "StartNew",
            "System.Threading.ThreadPool" => method.Name is "QueueUserWorkItem" or "UnsafeQueueUserWorkItem" or "RegisterWaitForSingleObject",
            "System.Threading.Thread" or "System.Threading.Timer" => method.MethodKind == MethodKind.Constructor,
            "System.Threading.SynchronizationContext" => method.Name == "Post",
            "System.Threading.CancellationToken" => method.Name is "Register" or "UnsafeRegister",
            _ => false,
        };
    }

    /// <summary><c>Interlocked.Exchange</c>/<c>CompareExchange</c> and <c>Volatile.Write</c>: they store their 'value' argument in their first.</summary>
    public static bool IsPublication(IMethodSymbol method)
    {
        string type = TypeFacts.FullName(method.ContainingType);
        return type == "System.Threading.Interlocked" ? method.Name is "Exchange" or "CompareExchange"
            : type == "System.Threading.Volatile" && method.Name == "Write";
    }

    /// <summary>LINQ operators that return a lazy sequence: it keeps its source and the delegates it is given until enumerated.</summary>
    public static bool IsDeferredQuery(IMethodSymbol method)
    {
        if (TypeFacts.FullName(method.ContainingType) is not ("System.Linq.Enumerable" or "System.Linq.Queryable")) return false;
        string returned = TypeFacts.FullName(method.ReturnType.OriginalDefinition);
        return returned is "System.Collections.Generic.IEnumerable`1" or "System.Linq.IOrderedEnumerable`1" or "System.Linq.IGrouping`2"
            or "System.Linq.IQueryable`1" or "System.Linq.IOrderedQueryable`1";
    }

    /// <summary>Collection methods that keep their argument.</summary>
    public static bool IsCollectionAdd(IMethodSymbol method)
    {
        if (method.IsStatic || method.Parameters.Length == 0) return false;
        if (method.Name is not ("Add" or "Push" or "Enqueue" or "Insert" or "TryAdd" or "AddLast" or "AddFirst" or "AddOrUpdate" or "GetOrAdd" or "TryPush" or "Append")) return false;
        foreach (INamedTypeSymbol implemented in method.ContainingType.AllInterfaces)
        {
            if (implemented.SpecialType == SpecialType.System_Collections_IEnumerable) return true;
        }
        return false;
    }

    public static IOperation? Unwrap(IOperation? operation)
    {
        while (operation is IConversionOperation conversion) operation = conversion.Operand;
        return operation;
    }
}
