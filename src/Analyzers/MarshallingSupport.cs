using System.Linq;
using Microsoft.CodeAnalysis;

namespace ParamArena.Analyzers;

/// <summary>
/// The types the ParamArena generator can marshal, in one place. It mirrors the generator's own classification
/// (src/Generator/Analysis/TypeClassifier.cs, StubModelBuilder.cs, ShapeModelBuilder.cs): change both together.
/// Each check returns null when the type is supported, or a sentence saying why not and what to use instead.
/// </summary>
internal static class MarshallingSupport
{
    private const string StagedKinds = "strings, arrays, spans, SafeHandles and [ArenaStruct] shapes";

    /// <summary>True for non-generic [ArenaStruct] structs.</summary>
    public static bool IsShape(ITypeSymbol? type)
        => type is INamedTypeSymbol { TypeKind: TypeKind.Struct, IsGenericType: false } named && ParamArenaSymbols.HasAttribute(named, ParamArenaSymbols.ArenaStructAttribute);

    /// <summary>
    /// Blittable without runtime marshalling: primitives other than bool and char, enums, pointers, function
    /// pointers, and non-generic structs made only of those (as the generator defines it).
    /// </summary>
    public static bool IsBlittable(ITypeSymbol? type) => type is not null && FirstNonBlittable(type, 0) is null;

    /// <summary>Blittable, or char: what may be pinned and passed by address.</summary>
    public static bool IsPinnable(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_Char || IsBlittable(type);

    // Null when 'type' is blittable; otherwise a description of the first part that is not.
    private static string? FirstNonBlittable(ITypeSymbol type, int depth)
    {
        if (depth > 16) return "it nests too deeply";
        if (type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer or TypeKind.Enum) return null;
        switch (type.SpecialType)
        {
            case SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
                or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
                or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_IntPtr or SpecialType.System_UIntPtr:
                return null;
            case SpecialType.System_Boolean:
                return "bool has no single native size";
            case SpecialType.System_Char:
                return "char is UTF-16 and needs conversion";
            case SpecialType.System_Decimal or SpecialType.System_DateTime:
                return $"{Display(type)} has no native layout";
        }
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Struct } named) return $"'{Display(type)}' is not a struct";
        if (named.IsGenericType) return $"'{Display(type)}' is generic";
        if (!type.IsUnmanagedType) return $"'{Display(type)}' holds references";
        if (IsShape(named)) return $"'{Display(type)}' is a shape";
        foreach (IFieldSymbol field in named.GetMembers().OfType<IFieldSymbol>())
        {
            if (field.IsStatic || field.IsConst) continue;
            ITypeSymbol fieldType = field.IsFixedSizeBuffer && field.Type is IPointerTypeSymbol buffer ? buffer.PointedAtType : field.Type;
            if (FirstNonBlittable(fieldType, depth + 1) is { } inner) return $"its field '{field.Name}' is not blittable ({inner})";
        }
        return null;
    }

    /// <summary>True for a <c>Shape?</c> whose underlying type is a shape.</summary>
    public static bool IsNullableShape(ITypeSymbol? type)
        => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && IsShape(nullable.TypeArguments[0]);

    public static bool IsString(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_String;

    /// <summary>A concrete SafeHandle subclass.</summary>
    public static bool IsSafeHandle(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false }) return false;
        for (ITypeSymbol? current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (ParamArenaSymbols.FullName(current) == "System.Runtime.InteropServices.SafeHandle") return true;
        }
        return false;
    }

    /// <summary>The element type of <c>Span&lt;T&gt;</c> or <c>ReadOnlySpan&lt;T&gt;</c>.</summary>
    public static ITypeSymbol? SpanElement(ITypeSymbol? type, out bool readOnly)
    {
        readOnly = false;
        if (type is not INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named) return null;
        string name = ParamArenaSymbols.FullName(named.OriginalDefinition);
        if (name == "System.Span`1") return named.TypeArguments[0];
        if (name == "System.ReadOnlySpan`1")
        {
            readOnly = true;
            return named.TypeArguments[0];
        }
        return null;
    }

    /// <summary>The element of a one-dimensional array or a span, or null.</summary>
    public static ITypeSymbol? SequenceElement(ITypeSymbol? type)
        => type is IArrayTypeSymbol { Rank: 1 } array ? array.ElementType : SpanElement(type, out _);

    /// <summary>Why <paramref name="parameter"/> of an [ArenaMarshal] method cannot be marshalled, or null when it can.</summary>
    public static string? CheckParameter(IParameterSymbol parameter)
    {
        ITypeSymbol type = parameter.Type;
        if (type.TypeKind == TypeKind.Error) return null;
        RefKind refKind = parameter.RefKind;

        ITypeSymbol? element = SequenceElement(type);
        if (element is not null)
        {
            if (refKind != RefKind.None) return "arrays and spans are passed by value (the generator pins or stages them); remove the 'ref', 'in' or 'out'";
            if (IsString(element) || IsShape(element) || IsPinnable(element)) return null;
            return $"elements of type '{Display(element)}' cannot be pinned or staged ({Reason(element)}); use blittable elements, strings or [ArenaStruct] shapes";
        }
        if (type is IArrayTypeSymbol) return "multi-dimensional arrays have no native equivalent; pass a one-dimensional array or span";

        if (IsShape(type))
        {
            return refKind switch
            {
                RefKind.None or RefKind.In or RefKind.RefReadOnlyParameter => null,
                _ => "a shape is staged into the arena and not copied back; pass it by value or with 'in'",
            };
        }
        if (IsNullableShape(type)) return refKind == RefKind.None ? null : "an optional shape is passed by value (null becomes a null pointer); remove the 'ref', 'in' or 'out'";
        if (IsString(type)) return refKind == RefKind.None ? null : "strings are passed by value; to receive a string, take 'out byte*' (or return string) and decode it";
        if (type.SpecialType == SpecialType.System_Boolean) return null;
        if (IsSafeHandle(type))
        {
            return refKind switch
            {
                RefKind.None or RefKind.Out => null,
                _ => "a SafeHandle is passed by value or received with 'out'",
            };
        }
        if (refKind != RefKind.None)
            return IsPinnable(type) ? null : $"'ref', 'in' and 'out' work for blittable types only, because they are pinned and passed as they are ({Reason(type)})";
        if (type.SpecialType == SpecialType.System_Char || IsBlittable(type)) return null;
        return Reason(type);
    }

    /// <summary>Why <paramref name="method"/>'s return type is not supported, or null when it is.</summary>
    public static string? CheckReturn(IMethodSymbol method)
    {
        if (method.ReturnsByRef || method.ReturnsByRefReadonly) return "ref returns are not supported; return a pointer";
        ITypeSymbol type = method.ReturnType;
        if (type.TypeKind == TypeKind.Error) return null;
        if (type.SpecialType is SpecialType.System_Void or SpecialType.System_Boolean or SpecialType.System_Char or SpecialType.System_String) return null;
        if (IsSafeHandle(type) || IsBlittable(type)) return null;
        return $"returns may be void, blittable values, pointers, bool, char, string (a NUL-terminated const char*) or a SafeHandle ({Reason(type)}); return a pointer and read the data from it";
    }

    /// <summary>Why <paramref name="field"/> of a shape cannot be staged, or null when it can.</summary>
    public static string? CheckShapeField(IFieldSymbol field)
    {
        if (field.IsFixedSizeBuffer) return "fixed-size buffers are not staged; use an array field (it becomes a count and a pointer) or a blittable struct";
        ITypeSymbol type = field.Type;
        if (type.TypeKind == TypeKind.Error) return null;
        if (type is IArrayTypeSymbol array)
        {
            if (array.Rank != 1) return "multi-dimensional arrays have no native equivalent; use a one-dimensional array";
            ITypeSymbol element = array.ElementType;
            if (IsString(element) || IsShape(element) || IsPinnable(element)) return null;
            return $"arrays of '{Display(element)}' cannot be staged ({Reason(element)}); use arrays of blittable values, strings or [ArenaStruct] shapes";
        }
        if (IsShape(type))
            return SymbolEqualityComparer.Default.Equals(type, field.ContainingType) ? "a shape cannot embed itself; use a nullable shape or a pointer" : null;
        if (IsNullableShape(type) || IsString(type) || type.SpecialType is SpecialType.System_Boolean or SpecialType.System_Char || IsBlittable(type)) return null;
        if (SpanElement(type, out _) is not null) return "a shape is a regular struct and cannot hold a span; use an array";
        return Reason(type);
    }

    /// <summary>True when the generator copies this parameter into the arena (rather than passing or pinning it).</summary>
    public static bool IsStaged(IParameterSymbol parameter)
    {
        ITypeSymbol type = parameter.Type;
        if (IsString(type) || IsShape(type) || IsNullableShape(type)) return true;
        ITypeSymbol? element = SequenceElement(type);
        return element is not null && (IsString(element) || IsShape(element));
    }

    /// <summary>
    /// True when [LibraryImport] marshals <paramref name="parameter"/> with native allocations on every call:
    /// string arrays (one allocation per string) and arrays of non-blittable structs. Arrays of bool and char are
    /// left out: LibraryImport stages small ones on the stack.
    /// </summary>
    public static bool LibraryImportAllocatesPerCall(IParameterSymbol parameter)
    {
        if (parameter.Type is not IArrayTypeSymbol array) return false;
        ITypeSymbol element = array.ElementType;
        return IsString(element) || (element.TypeKind == TypeKind.Struct && !element.IsUnmanagedType);
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
            string why = FirstNonBlittable(type, 0) ?? "it is not blittable";
            return $"'{Display(type)}' is not blittable: {why}; use blittable fields (byte or int for flags), or make it an [ArenaStruct] partial struct so it is staged";
        }
        if (type.TypeKind == TypeKind.Class) return $"class types have no native layout; the generator stages only {StagedKinds} (pass an array instead of a collection)";
        return $"'{Display(type)}' has no native layout";
    }

    public static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
}
