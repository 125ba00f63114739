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
        "Fields, static storage, arrays and collections reachable from outside the method keep the pointer after the lease releases its memory. A field set back (to null, or its previous value) before the lease ends, for example in a finally block, is not reported.");

    /// <summary>The diagnostic for a value stored in heap or static storage.</summary>
    public static Diagnostic Create(EscapeEvent escape) => Diagnostic.Create(Descriptor, escape.Location, escape.Value, escape.Memory!.OwnerName, escape.Place);
}
