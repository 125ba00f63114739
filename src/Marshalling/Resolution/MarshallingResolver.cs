using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ParamArena.Marshalling;

/// <summary>
/// The one place that decides how a parameter, return value or shape field is marshalled: an ordered chain of
/// marshaller kinds that ends in a refusal saying why. The generator builds its stubs and shapes from its answers;
/// the analyzers ask it which parameters are staged and whether a [LibraryImport] method could be converted.
/// </summary>
internal static class MarshallingResolver
{
    private const string StagedKinds = "strings, arrays, spans, SafeHandles and [ArenaStruct] shapes";

    /// <summary>The element's marshalling, or null with the reasons added to <paramref name="diagnostics"/>.</summary>
    public static ElementModel? Resolve(ElementSite site, List<DiagnosticInfo> diagnostics)
    {
        int before = diagnostics.Count;
        ElementModel? element = Classify(site, diagnostics);
        if (element is not null) element = ApplyAttributes(site, element, diagnostics);
        if (element is not null) element = StringForms.ApplyOwnership(site, element, diagnostics);
        return diagnostics.Count == before ? element : null;
    }

    private static ElementModel? Classify(ElementSite site, List<DiagnosticInfo> diagnostics)
    {
        ITypeSymbol type = site.Type;
        RefKindModel refKind = site.RefKind switch
        {
            RefKind.None => RefKindModel.None,
            RefKind.In => RefKindModel.In,
            RefKind.Ref => RefKindModel.Ref,
            RefKind.Out => RefKindModel.Out,
            _ => RefKindModel.RefReadOnly,
        };
        bool utf16 = StringEncodingOverride(site) ?? site.DefaultUtf16;

        ElementModel Make(MarshallerKind kind, ITypeSymbol elementType, bool isArray = false) =>
            new(kind, SymbolText.Display(type), SymbolText.Display(elementType.WithNullableAnnotation(NullableAnnotation.NotAnnotated)), refKind, isArray, utf16,
                ByteBool(site), type.NullableAnnotation == NullableAnnotation.Annotated);

        ElementModel? Refuse(string reason)
        {
            diagnostics.Add(DiagnosticInfo.Create(site.Role == ElementRole.Field ? UsageRules.UnsupportedShapeField : UsageRules.UnsupportedSignatureType,
                site.Location, site.Role == ElementRole.Field ? site.Name! : site.Described, site.Owner, TypeFacts.Display(type), reason));
            return null;
        }

        ElementModel? ShapeOrRefuse(INamedTypeSymbol shape, MarshallerKind kind, bool isArray = false)
        {
            if (site.ShapeAccepted(shape)) return Make(kind, shape, isArray) with { ShapeNative = SymbolText.Display(shape) + "." + TypeFacts.NativeName(shape) };
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.UsesRefusedShape, site.Location, site.Described + " of '" + site.Owner + "'", shape.Name));
            return null;
        }

        // [ArenaFixedLength]: a string or primitive array held in place in the shape's Native, as C's char name[256].
        if (TypeFacts.Attribute(site.Attributes, KnownNames.ArenaFixedLengthAttribute) is { } attribute)
        {
            if (site.Role != ElementRole.Field)
                return Refuse("[ArenaFixedLength] sizes a buffer inside an [ArenaStruct] shape; on a parameter or return pass an array or span, or a shape holding the buffer");
            if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not int length || length < 1)
                return Refuse("[ArenaFixedLength] needs a length of at least 1 (for a string, the NUL included)");
            if (TypeFacts.Attribute(site.Attributes, KnownNames.ArenaCountAttribute) is not null)
                return Refuse("a fixed-size buffer has no native count; remove [ArenaCount] or [ArenaFixedLength]");
            if (type.SpecialType == SpecialType.System_String) return Make(MarshallerKind.FixedString, type) with { FixedLength = length };
            if (type is IArrayTypeSymbol { Rank: 1 } buffer && IsFixedBufferElement(buffer.ElementType))
                return Make(MarshallerKind.FixedArray, buffer.ElementType, isArray: true) with { FixedLength = length };
            return Refuse("[ArenaFixedLength] applies to a string, or an array of byte, sbyte, short, ushort, int, uint, long, ulong, float, double or char "
                + "(the element types of a C# fixed-size buffer); for other elements declare an [InlineArray(n)] struct and use it as the field's type");
        }

        // Sequences: one-dimensional arrays, and spans where the element is not stored.
        ITypeSymbol? element = type is IArrayTypeSymbol { Rank: 1 } array ? array.ElementType : TypeFacts.SpanElement(type);
        if (StringForms.AsksForCString(site, element)) return StringForms.CString(site, element!, refKind, kind => Make(kind, element!), Refuse);
        if (element is not null)
        {
            bool isArray = type is IArrayTypeSymbol;
            if (site.Role == ElementRole.Return) return Refuse("arrays and spans cannot be returned, since the native side gives no length; return a pointer and read it with its count");
            if (site.Role == ElementRole.Field && !isArray) return Refuse("a shape is a regular struct and cannot hold a span; use an array");
            if (refKind != RefKindModel.None) return Refuse("arrays and spans are passed by value (the generator pins or stages them); remove the 'ref', 'in' or 'out'");
            if (element.SpecialType == SpecialType.System_String) return Make(MarshallerKind.StringSequence, element, isArray);
            if (TypeFacts.IsShape(element)) return ShapeOrRefuse((INamedTypeSymbol)element, MarshallerKind.ShapeSequence, isArray);
            if (element.SpecialType == SpecialType.System_Boolean)
                return Refuse("bool has no single native size, so a bool array cannot be pinned; use byte[] or int[] holding 0 and 1");
            if (element.SpecialType == SpecialType.System_Char || TypeFacts.IsBlittable(element)) return Make(MarshallerKind.BlittableSequence, element, isArray);
            return Refuse($"elements of type '{TypeFacts.Display(element)}' cannot be pinned or staged ({Reason(element)}); use blittable elements, strings or [ArenaStruct] shapes");
        }
        if (type is IArrayTypeSymbol) return Refuse("multi-dimensional arrays have no native equivalent; use a one-dimensional array");

        if (TypeFacts.IsShape(type))
        {
            // Returned by value, or passed 'ref' / 'out': the native struct is read back after the call.
            if (site.Role == ElementRole.Field && SymbolEqualityComparer.Default.Equals(type, site.Within))
                return Refuse("a shape cannot embed itself; use a nullable shape or an array");
            return ShapeOrRefuse((INamedTypeSymbol)type, MarshallerKind.Shape);
        }
        if (TypeFacts.ChainHead(type) is { } head)
        {
            // 'ref': an output chain, staged with its tags and links and read back link by link after the call.
            if (refKind == RefKindModel.Out)
                return Refuse("an output chain is passed with 'ref', built with the links to query (head.Then(link)...), so the stub knows which structs to stage");
            return ShapeOrRefuse(head, MarshallerKind.Shape) is { } chain
                ? chain with { ElementType = SymbolText.Display(type), ChainHead = SymbolText.Display(head) }
                : null;
        }
        if (TypeFacts.NullableShape(type) is { } optional)
        {
            // A returned pointer is read back, null staying null; a parameter is a pointer, so it has no by-reference form.
            if (refKind != RefKindModel.None)
                return Refuse("an optional shape is passed by value (null becomes a null pointer); remove the 'ref', 'in' or 'out' (to receive a shape, pass it 'out' without '?')");
            return ShapeOrRefuse(optional, MarshallerKind.NullableShape);
        }
        if (type.SpecialType == SpecialType.System_String)
        {
            if (refKind != RefKindModel.None) return StringForms.OutString(site, refKind, kind => Make(kind, type), Refuse, diagnostics);
            return Make(MarshallerKind.String, type);
        }
        if (type.SpecialType == SpecialType.System_Boolean) return Make(MarshallerKind.Bool, type);
        if (type.SpecialType == SpecialType.System_Char) return Make(MarshallerKind.Char, type);
        if (TypeFacts.IsSafeHandle(type))
        {
            if (site.Role == ElementRole.Field) return Refuse("a shape is copied into native memory, where a SafeHandle cannot be kept alive; store its handle as nint");
            if (refKind is RefKindModel.None && site.Role == ElementRole.Parameter) return Make(MarshallerKind.SafeHandle, type);
            if (refKind is not (RefKindModel.None or RefKindModel.Out)) return Refuse("a SafeHandle is passed by value or received with 'out' (or returned)");
            string? why = WhyNotConstructible((INamedTypeSymbol)type, site);
            if (why is null) return Make(MarshallerKind.SafeHandle, type);
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.SafeHandleNotConstructible, site.Location, site.Described, site.Owner, TypeFacts.Display(type), why));
            return null;
        }
        if (TypeFacts.IsBlittable(type)) return Make(MarshallerKind.Blittable, type) with { IsPointer = type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer };
        if (type.TypeKind == TypeKind.Struct && site.Role == ElementRole.Field && type is INamedTypeSymbol { IsGenericType: false })
            return Refuse(Reason(type));
        return Refuse(site.Role == ElementRole.Return
            ? $"returns may be void, blittable values, pointers, bool, char, string (a NUL-terminated const char*), a SafeHandle or an [ArenaStruct] shape ({Reason(type)}); return a pointer and read the data from it"
            : Reason(type));
    }

    // [MarshalAs], [MarshalUsing] and [Out]: each either implemented by the kind resolved above, or refused.
    private static ElementModel? ApplyAttributes(ElementSite site, ElementModel element, List<DiagnosticInfo> diagnostics)
    {
        foreach (AttributeData attribute in site.Attributes)
        {
            string name = TypeFacts.FullName(attribute.AttributeClass);
            string? why = name switch
            {
                KnownNames.MarshalUsingAttribute => "[ArenaMarshal] stages with its own marshallers; for a UTF-8 string pass 'string', for other custom marshallers keep [LibraryImport]",
                KnownNames.MarshalAsAttribute => WhyMarshalAsNotHonoured(attribute, element),
                KnownNames.OutAttribute when element.IsStaged && !ReadBack(element) =>
                    "a staged copy is not copied back after the call; pass a blittable array or span, which is pinned so the callee writes into it, or a shape with 'ref' or 'out'",
                KnownNames.OutAttribute when !element.ByReference && element.Kind != MarshallerKind.BlittableSequence =>
                    "a value passed by value cannot be written back by the callee; declare the parameter 'out' or 'ref', or pass a pointer",
                _ => null,
            };
            if (why is null) continue;
            string shown = attribute.ApplicationSyntaxReference?.GetSyntax().ToString() ?? attribute.AttributeClass?.Name ?? name;
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.UnsupportedMarshallingAttribute,
                attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? site.Location,
                site.Described, site.Owner, "[" + shown + "]", why));
        }
        return element;
    }

    // A 'ref' or 'out' shape is read back after the call, which is what [Out] asks for.
    private static bool ReadBack(ElementModel element) => element.Kind == MarshallerKind.Shape && element.RefKind is RefKindModel.Ref or RefKindModel.Out;

    private static string? WhyMarshalAsNotHonoured(AttributeData attribute, ElementModel element)
    {
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not int value) return "its value could not be read";
        bool sequence = element.Kind is MarshallerKind.StringSequence or MarshallerKind.BlittableSequence or MarshallerKind.ShapeSequence;
        foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
        {
            // Only an array's LPArray fields are read (and SizeParamIndex/SizeConst refused below with their own reason).
            if (!(sequence && value == KnownNames.UnmanagedTypeLPArray && named.Key is "ArraySubType" or "SizeParamIndex" or "SizeConst"))
                return $"its field {named.Key} is not implemented; remove it";
        }
        switch (element.Kind)
        {
            case MarshallerKind.Bool when value is KnownNames.UnmanagedTypeBool or KnownNames.UnmanagedTypeI1 or KnownNames.UnmanagedTypeU1:
            case MarshallerKind.Char when value is KnownNames.UnmanagedTypeI2 or KnownNames.UnmanagedTypeU2:
            case MarshallerKind.String or MarshallerKind.FixedString or MarshallerKind.StringOut or MarshallerKind.StringBuffer or MarshallerKind.CString
                when value is KnownNames.UnmanagedTypeLPWStr or KnownNames.UnmanagedTypeLPUTF8Str:
                return null;
            case MarshallerKind.StringSequence or MarshallerKind.BlittableSequence or MarshallerKind.ShapeSequence when value == KnownNames.UnmanagedTypeLPArray:
                if (TypeFacts.NamedArgument(attribute, "SizeParamIndex") is not null || TypeFacts.NamedArgument(attribute, "SizeConst") is not null)
                    return "SizeParamIndex and SizeConst size arrays the callee returns, which [ArenaMarshal] does not do; to pass the length, use [ArenaCountParameter]";
                if (TypeFacts.NamedArgument(attribute, "ArraySubType") is { Value: int sub }
                    && !(element.Kind == MarshallerKind.StringSequence && sub is KnownNames.UnmanagedTypeLPWStr or KnownNames.UnmanagedTypeLPUTF8Str))
                    return "ArraySubType other than LPWStr or LPUTF8Str on a string array is not implemented; elements are passed as they are";
                return null;
        }
        return element.Kind switch
        {
            MarshallerKind.Bool => "a bool is a 4-byte BOOL, or one byte with UnmanagedType.U1 or I1",
            MarshallerKind.String or MarshallerKind.FixedString => "strings are UTF-8 (UnmanagedType.LPUTF8Str) or UTF-16 (UnmanagedType.LPWStr)",
            MarshallerKind.StringSequence => "a string array is a pointer array (UnmanagedType.LPArray, with ArraySubType LPWStr or LPUTF8Str)",
            _ => "the value is passed as it is; remove the attribute",
        };
    }

    // [MarshalAs(LPWStr)] or [MarshalAs(LPUTF8Str)] on a string or string array (ArraySubType) overrides the default.
    private static bool? StringEncodingOverride(ElementSite site)
    {
        AttributeData? marshalAs = TypeFacts.Attribute(site.Attributes, KnownNames.MarshalAsAttribute);
        if (marshalAs is not { ConstructorArguments.Length: 1 } || marshalAs.ConstructorArguments[0].Value is not int value) return null;
        if (value == KnownNames.UnmanagedTypeLPArray && TypeFacts.NamedArgument(marshalAs, "ArraySubType") is { Value: int sub }) value = sub;
        return value switch
        {
            KnownNames.UnmanagedTypeLPWStr => true,
            KnownNames.UnmanagedTypeLPUTF8Str => false,
            _ => null,
        };
    }

    private static bool IsFixedBufferElement(ITypeSymbol type) => type.SpecialType is SpecialType.System_Byte or SpecialType.System_SByte
        or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64
        or SpecialType.System_UInt64 or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Char;

    private static bool ByteBool(ElementSite site)
    {
        AttributeData? marshalAs = TypeFacts.Attribute(site.Attributes, KnownNames.MarshalAsAttribute);
        return marshalAs is { ConstructorArguments.Length: 1 } && marshalAs.ConstructorArguments[0].Value is KnownNames.UnmanagedTypeI1 or KnownNames.UnmanagedTypeU1;
    }

    private static string? WhyNotConstructible(INamedTypeSymbol handle, ElementSite site)
    {
        if (handle.IsAbstract) return "it is abstract; use a concrete subclass";
        IMethodSymbol? constructor = null;
        foreach (IMethodSymbol candidate in handle.InstanceConstructors)
        {
            if (candidate.Parameters.Length == 0) constructor = candidate;
        }
        if (constructor is null) return "it has no parameterless constructor; add one (it may be internal)";
        if (site.Compilation is not null && !site.Compilation.IsSymbolAccessibleWithin(constructor, site.Within))
            return $"its parameterless constructor is {constructor.DeclaredAccessibility.ToString().ToLowerInvariant()}; make it public or internal";
        return null;
    }

    // Why a type that is none of the supported kinds cannot be marshalled, with what to do instead.
    private static string Reason(ITypeSymbol type)
    {
        if (type is ITypeParameterSymbol) return "a generic type parameter has no fixed native layout; use a concrete type";
        if (type.TypeKind == TypeKind.Delegate) return "delegates are not function pointers; use 'delegate* unmanaged<...>' and pass an [UnmanagedCallersOnly] method";
        if (type.TypeKind == TypeKind.Interface) return $"interfaces have no native layout; the generator stages only {StagedKinds}";
        if (type.TypeKind == TypeKind.Dynamic || type.SpecialType == SpecialType.System_Object) return $"'object' has no native layout; use a pointer, or one of {StagedKinds}";
        if (type.TypeKind == TypeKind.Struct)
        {
            string why = TypeFacts.FirstNonBlittable(type, 0) ?? "it is not blittable";
            return $"'{TypeFacts.Display(type)}' is not blittable: {why}; use blittable fields (byte or int for flags), or make it an [ArenaStruct] partial struct so it is staged";
        }
        if (type.TypeKind == TypeKind.Class) return $"class types have no native layout; the generator stages only {StagedKinds} (pass an array instead of a collection)";
        return $"'{TypeFacts.Display(type)}' has no native layout";
    }
}
