using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ParamArena.Analyzers;

/// <summary>
/// What the analyzers ask of the marshalling model. Every answer comes from the shared resolver
/// (src/Marshalling), the one the generator builds its stubs from; nothing here classifies types.
/// </summary>
internal static class MarshallingSupport
{
    /// <summary>How the generator marshals <paramref name="parameter"/> of an [ArenaMarshal] method, or null when it refuses it.</summary>
    public static ElementModel? Resolve(IParameterSymbol parameter, bool defaultUtf16 = false)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol { ContainingType: { } within }) return null;
        ElementSite site = new(parameter.Type, parameter.RefKind, ElementRole.Parameter, parameter.GetAttributes(), defaultUtf16,
            parameter.Name, parameter.ContainingSymbol.Name, null, within, null, static _ => true);
        return MarshallingResolver.Resolve(site, new List<DiagnosticInfo>());
    }

    /// <summary>True when the generator copies this parameter into the arena (rather than passing or pinning it).</summary>
    public static bool IsStaged(IParameterSymbol parameter) => Resolve(parameter)?.IsStaged == true;

    public static bool IsShape(ITypeSymbol? type) => TypeFacts.IsShape(type);

    public static bool IsNullableShape(ITypeSymbol? type) => TypeFacts.NullableShape(type) is not null;

    public static bool IsString(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_String;

    public static ITypeSymbol? SpanElement(ITypeSymbol? type, out bool readOnly)
    {
        ITypeSymbol? element = TypeFacts.SpanElement(type);
        readOnly = element is not null && TypeFacts.FullName(((INamedTypeSymbol)type!).OriginalDefinition) == "System.ReadOnlySpan`1";
        return element;
    }

    public static string Display(ITypeSymbol type) => TypeFacts.Display(type);
}
