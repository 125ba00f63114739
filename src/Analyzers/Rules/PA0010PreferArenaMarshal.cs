using System;
using Microsoft.CodeAnalysis;
using ParamArena.Analyzers.Usage;

namespace ParamArena.Analyzers.Rules;

/// <summary>
/// PA0010: suggests [ArenaMarshal] for a [LibraryImport] method whose marshalling allocates on every call, only when
/// [ArenaMarshal] supports the whole signature, so following the suggestion never produces an error.
/// </summary>
internal static class PA0010PreferArenaMarshal
{
    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.PreferArenaMarshal,
        "[LibraryImport] marshalling allocates on every call",
        "[LibraryImport] method '{0}' allocates native memory on every call to marshal '{1}'; [ArenaMarshal] takes the same arguments and stages it in the thread's arena instead",
        RuleDescriptor.Usage, DiagnosticSeverity.Info,
        "LibraryImport marshals string arrays and arrays of non-blittable elements with one native allocation (and free) per element per call; [ArenaMarshal] bump-allocates them and releases everything at once.");

    /// <summary>True when the project references the runtime: without it there is nothing to convert to.</summary>
    public static bool AppliesTo(Compilation compilation) => compilation.GetTypeByMetadataName(ParamArenaSymbols.ArenaMarshalAttribute) is not null;

    /// <summary>Checks a written method declaration that has no [ArenaMarshal].</summary>
    public static void Check(IMethodSymbol method, Action<Diagnostic> report)
    {
        AttributeData? libraryImport = ParamArenaSymbols.GetAttribute(method, ParamArenaSymbols.LibraryImportAttribute);
        if (libraryImport is null) return;
        if (method.IsGenericMethod || MarshallingSupport.CheckReturn(method) is not null) return;
        // A custom string marshaller has no [ArenaMarshal] equivalent.
        if (ParamArenaSymbols.NamedArgument(libraryImport, "StringMarshallingCustomType") is { Value: not null }) return;

        IParameterSymbol? allocating = null;
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            if (MarshallingSupport.CheckParameter(parameter) is not null) return;
            if (HasMarshallingAttributes(parameter)) return;
            if (allocating is null && MarshallingSupport.LibraryImportAllocatesPerCall(parameter)) allocating = parameter;
        }
        if (allocating is null) return;
        report(Diagnostic.Create(Descriptor, DeclarationSyntax.NameLocation(method), method.Name, allocating.Name));
    }

    // [MarshalUsing] and friends select LibraryImport-specific marshallers that [ArenaMarshal] does not read.
    private static bool HasMarshallingAttributes(IParameterSymbol parameter)
    {
        foreach (AttributeData attribute in parameter.GetAttributes())
        {
            string name = ParamArenaSymbols.FullName(attribute.AttributeClass);
            if (name == "System.Runtime.InteropServices.Marshalling.MarshalUsingAttribute") return true;
        }
        return false;
    }
}
