using Microsoft.CodeAnalysis;

namespace ParamArena.Analyzers.Rules;

/// <summary>
/// PA1010: a function of an <c>[ArenaFunctionTable]</c> called on a table this method created, on a path where the table
/// was not loaded. The call would throw <c>EntryPointNotFoundException</c>. Only tables created in the method and kept in
/// a local are followed; a field, a parameter or a local handed to other code has a state the method cannot see.
/// </summary>
internal static class PA1010TableCalledBeforeLoad
{
    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.TableCalledBeforeLoad,
        "Function table called before it is loaded",
        "'{0}' is called on '{1}', a new {2} that is not loaded on {3} path to this call; call '{1}.LoadFunctions(loader)' before its functions",
        RuleDescriptor.Safety, DiagnosticSeverity.Warning,
        "A new function table holds no pointers: every call of one of its functions throws EntryPointNotFoundException until LoadFunctions has filled it.");

    /// <summary>The diagnostic for one call.</summary>
    public static Diagnostic Create(Location location, IMethodSymbol function, ILocalSymbol table, bool onEveryPath) =>
        Diagnostic.Create(Descriptor, location, function.Name, table.Name, table.Type.Name, onEveryPath ? "any" : "some");
}
