using Microsoft.CodeAnalysis;
using ParamArena.Analyzers.Usage;

namespace ParamArena.Analyzers.Rules;

/// <summary>PA1006: an [ArenaMarshal] method returns a pointer of the type its staged inputs have in the arena.</summary>
internal static class PA1006PointerIntoStaging
{
    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.PointerIntoStaging,
        "[ArenaMarshal] pointer return may point into released staging",
        "[ArenaMarshal] method '{0}' returns '{1}' while it stages '{2}' in the arena; if the native function returns a pointer into that input, it dangles once the call returns. Return an offset or copy, or pass the input yourself as a pointer you own.",
        RuleDescriptor.Safety, DiagnosticSeverity.Warning,
        "The generated stub releases its staging before returning, so a pointer the native side derives from a staged input points into released memory.");

    /// <summary>Reports this rule for one written [ArenaMarshal] method declaration.</summary>
    public static void Check(ArenaMarshalMethod declaration)
    {
        IMethodSymbol method = declaration.Method;
        if (method.ReturnType is not IPointerTypeSymbol returned) return;
        bool utf16 = ParamArenaSymbols.NamedArgument(declaration.Attribute, "StringMarshalling") is { Value: int encoding } && encoding == 2;
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            if (!MarshallingSupport.IsStaged(parameter)) continue;
            if (StagedPointee(parameter.Type, returned.PointedAtType, utf16))
            {
                declaration.Report(Diagnostic.Create(Descriptor, declaration.Location, method.Name,
                    MarshallingSupport.Display(method.ReturnType), parameter.Name));
                return;
            }
        }
    }

    // True when a pointer to 'pointee' is what the stub passes for a staged parameter of type 'staged'.
    private static bool StagedPointee(ITypeSymbol staged, ITypeSymbol pointee, bool utf16)
    {
        if (MarshallingSupport.IsString(staged)) return IsCharacter(pointee, utf16);
        ITypeSymbol? element = staged is IArrayTypeSymbol array ? array.ElementType : MarshallingSupport.SpanElement(staged, out _);
        if (element is not null && MarshallingSupport.IsString(element))
            return pointee is IPointerTypeSymbol inner && IsCharacter(inner.PointedAtType, utf16);
        ITypeSymbol shape = element ?? staged;
        if (MarshallingSupport.IsNullableShape(shape)) shape = ((INamedTypeSymbol)shape).TypeArguments[0];
        return MarshallingSupport.IsShape(shape) && pointee.Name == "Native" && SymbolEqualityComparer.Default.Equals(pointee.ContainingType, shape);
    }

    private static bool IsCharacter(ITypeSymbol type, bool utf16)
        => utf16 ? type.SpecialType is SpecialType.System_Char or SpecialType.System_UInt16
                 : type.SpecialType is SpecialType.System_Byte or SpecialType.System_SByte;
}
