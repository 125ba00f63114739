using Microsoft.CodeAnalysis;
using ParamArena.Analyzers.Usage;

namespace ParamArena.Analyzers.Rules;

/// <summary>
/// PA1006: an [ArenaMarshal] method hands back a pointer (its return, or an out/ref pointer parameter such as strtol's
/// <c>end</c>) of the type its staged inputs have in the arena, so the native side may have pointed it into staging.
/// </summary>
internal static class PA1006PointerIntoStaging
{
    private const string NativeOwnedAttribute = "ParamArena.NativeOwnedAttribute";

    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.PointerIntoStaging,
        "[ArenaMarshal] pointer return may point into released staging",
        "[ArenaMarshal] method '{0}' {1} while it stages '{2}' in the arena; if the native function points it into that input, it dangles once the call returns. Return an offset or copy, pass the input yourself as a pointer you own, or mark the pointer [NativeOwned] if the library owns what it points to.",
        RuleDescriptor.Safety, DiagnosticSeverity.Warning,
        "The generated stub releases its staging before returning, so a pointer the native side derives from a staged input (returned, or written to an out or ref parameter) points into released memory.");

    /// <summary>Reports this rule for one written [ArenaMarshal] method declaration.</summary>
    public static void Check(ArenaMarshalMethod declaration)
    {
        IMethodSymbol method = declaration.Method;
        bool utf16 = TypeFacts.NamedArgument(declaration.Attribute, "StringMarshalling") is { Value: int encoding } && encoding == 2;
        if (method.ReturnType is IPointerTypeSymbol returned && !IsNativeOwned(method.GetReturnTypeAttributes()))
            CheckPointer(declaration, returned, utf16, $"returns '{MarshallingSupport.Display(method.ReturnType)}'", declaration.Location, except: null);
        foreach (IParameterSymbol written in method.Parameters)
        {
            if (written.RefKind is not (RefKind.Out or RefKind.Ref) || written.Type is not IPointerTypeSymbol pointer || IsNativeOwned(written.GetAttributes())) continue;
            Location location = written.Locations.Length > 0 ? written.Locations[0] : declaration.Location;
            CheckPointer(declaration, pointer, utf16, $"writes '{MarshallingSupport.Display(written.Type)}' to its '{(written.RefKind == RefKind.Out ? "out" : "ref")}' parameter '{written.Name}'", location, written);
        }
    }

    private static void CheckPointer(ArenaMarshalMethod declaration, IPointerTypeSymbol pointer, bool utf16, string what, Location location, IParameterSymbol? except)
    {
        foreach (IParameterSymbol parameter in declaration.Method.Parameters)
        {
            if (SymbolEqualityComparer.Default.Equals(parameter, except)) continue;
            if (MarshallingSupport.Resolve(parameter, utf16) is not { IsStaged: true } staged) continue;
            if (StagedPointee(staged, parameter.Type, pointer.PointedAtType))
            {
                declaration.Report(Diagnostic.Create(Descriptor, location, declaration.Method.Name, what, parameter.Name));
                return;
            }
        }
    }

    private static bool IsNativeOwned(System.Collections.Immutable.ImmutableArray<AttributeData> attributes)
    {
        foreach (AttributeData attribute in attributes)
        {
            if (TypeFacts.FullName(attribute.AttributeClass) == NativeOwnedAttribute) return true;
        }
        return false;
    }

    // True when a pointer to 'pointee' is what the stub passes for a staged parameter: a string's characters (a string,
    // an out/ref string or caller buffer, a span passed as a C string), a string array's pointers, or a shape's Native.
    private static bool StagedPointee(ElementModel staged, ITypeSymbol type, ITypeSymbol pointee)
    {
        switch (staged.Kind)
        {
            case MarshallerKind.String or MarshallerKind.StringOut or MarshallerKind.StringBuffer or MarshallerKind.CString:
                return IsCharacter(pointee, staged.Utf16);
            case MarshallerKind.StringSequence:
                return pointee is IPointerTypeSymbol inner && IsCharacter(inner.PointedAtType, staged.Utf16);
        }
        ITypeSymbol? element = type is IArrayTypeSymbol array ? array.ElementType : MarshallingSupport.SpanElement(type, out _);
        ITypeSymbol shape = element ?? type;
        if (MarshallingSupport.IsNullableShape(shape)) shape = ((INamedTypeSymbol)shape).TypeArguments[0];
        return MarshallingSupport.IsShape(shape) && pointee.Name == "Native" && SymbolEqualityComparer.Default.Equals(pointee.ContainingType, shape);
    }

    private static bool IsCharacter(ITypeSymbol type, bool utf16)
        => utf16 ? type.SpecialType is SpecialType.System_Char or SpecialType.System_UInt16
                 : type.SpecialType is SpecialType.System_Byte or SpecialType.System_SByte;
}
