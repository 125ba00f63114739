using Microsoft.CodeAnalysis;

namespace ParamArena.Analyzers;

/// <summary>
/// The types the ParamArena generator can marshal, in one place so they stay aligned with the generator.
/// Each check returns null when the type is supported, or a sentence saying why not and what to use instead.
/// </summary>
internal static class MarshallingSupport
{
    private const string StagedKinds = "strings, arrays, spans, SafeHandles and [ArenaStruct] shapes";

    /// <summary>True for [ArenaStruct] shapes.</summary>
    public static bool IsShape(ITypeSymbol? type)
        => type is INamedTypeSymbol { TypeKind: TypeKind.Struct } named && ParamArenaSymbols.HasAttribute(named, ParamArenaSymbols.ArenaStructAttribute);

    /// <summary>True for types with a fixed native layout that can be passed or pinned as they are (C#'s unmanaged types, including bool and char).</summary>
    public static bool IsBlittable(ITypeSymbol? type)
    {
        if (type is null || type is ITypeParameterSymbol) return false;
        if (type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer) return true;
        return type.IsUnmanagedType && !IsShape(type);
    }

    /// <summary>True for a <c>Shape?</c> whose underlying type is a shape.</summary>
    public static bool IsNullableShape(ITypeSymbol? type)
        => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && IsShape(nullable.TypeArguments[0]);

    public static bool IsString(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_String;

    public static bool IsSafeHandle(ITypeSymbol? type)
    {
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (ParamArenaSymbols.FullName(current) == "System.Runtime.InteropServices.SafeHandle") return true;
        }
        return false;
    }

    /// <summary>The element type of <c>Span&lt;T&gt;</c> or <c>ReadOnlySpan&lt;T&gt;</c>, with whether it is read-only.</summary>
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

    /// <summary>Why <paramref name="parameter"/> of an [ArenaMarshal] method cannot be marshalled, or null when it can.</summary>
    public static string? CheckParameter(IParameterSymbol parameter)
    {
        ITypeSymbol type = parameter.Type;
        switch (parameter.RefKind)
        {
            case RefKind.None:
                return CheckByValue(type);
            case RefKind.Out:
                if (IsBlittable(type) || IsSafeHandle(type)) return null;
                return "'out' works for blittable types and SafeHandles only; receive a pointer (for example 'out byte*' or 'out nint') and read the data from it";
            case RefKind.Ref:
                if (IsBlittable(type)) return null;
                return "'ref' works for blittable types only, because they are pinned and passed as they are; pass a shape with 'in', or use a pointer to a blittable struct";
            default:
                if (IsBlittable(type) || IsShape(type)) return null;
                return "'in' and 'ref readonly' work for blittable types and [ArenaStruct] shapes only; pass it by value, or declare an [ArenaStruct] shape";
        }
    }

    private static string? CheckByValue(ITypeSymbol type)
    {
        if (IsBlittable(type) || IsString(type) || IsShape(type) || IsNullableShape(type) || IsSafeHandle(type)) return null;
        if (type is IArrayTypeSymbol array)
        {
            if (!array.IsSZArray) return "multi-dimensional arrays have no native equivalent; pass a one-dimensional array or span";
            ITypeSymbol element = array.ElementType;
            if (IsBlittable(element) || IsShape(element) || IsString(element)) return null;
            return $"arrays of '{Display(element)}' are not supported; use arrays of blittable values, strings or [ArenaStruct] shapes";
        }
        ITypeSymbol? spanElement = SpanElement(type, out bool readOnly);
        if (spanElement is not null)
        {
            if (IsBlittable(spanElement) || IsShape(spanElement)) return null;
            if (IsString(spanElement)) return readOnly ? null : "Span<string> is not supported because the native side cannot write strings back; use ReadOnlySpan<string> or string[]";
            return $"spans of '{Display(spanElement)}' are not supported; use spans of blittable values or [ArenaStruct] shapes";
        }
        return Explain(type);
    }

    /// <summary>Why <paramref name="method"/>'s return type is not supported, or null when it is.</summary>
    public static string? CheckReturn(IMethodSymbol method)
    {
        if (method.ReturnsByRef || method.ReturnsByRefReadonly) return "ref returns are not supported; return a pointer";
        ITypeSymbol type = method.ReturnType;
        if (type.SpecialType == SpecialType.System_Void || IsBlittable(type) || IsString(type)) return null;
        return "returns may be void, blittable values, pointers, string (a NUL-terminated const char*) or bool; return a pointer and read the data from it";
    }

    /// <summary>Why <paramref name="field"/> of a shape cannot be staged, or null when it can.</summary>
    public static string? CheckShapeField(IFieldSymbol field)
    {
        ITypeSymbol type = field.Type;
        if (IsBlittable(type) || IsString(type) || IsShape(type) || IsNullableShape(type)) return null;
        if (type is IArrayTypeSymbol array)
        {
            if (!array.IsSZArray) return "multi-dimensional arrays have no native equivalent; use a one-dimensional array";
            ITypeSymbol element = array.ElementType;
            if (IsBlittable(element) || IsShape(element) || IsString(element)) return null;
            return $"arrays of '{Display(element)}' are not supported; use arrays of blittable values, strings or [ArenaStruct] shapes";
        }
        if (SpanElement(type, out _) is not null) return "a shape is a regular struct and cannot hold a span; use an array";
        return Explain(type);
    }

    /// <summary>True when the generator copies this parameter into the arena (rather than passing or pinning it).</summary>
    public static bool IsStaged(IParameterSymbol parameter)
    {
        ITypeSymbol type = parameter.Type;
        if (IsString(type) || IsShape(type) || IsNullableShape(type)) return true;
        if (type is IArrayTypeSymbol array) return IsString(array.ElementType) || IsShape(array.ElementType);
        ITypeSymbol? element = SpanElement(type, out _);
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

    private static string Explain(ITypeSymbol type)
    {
        if (type is ITypeParameterSymbol) return "a generic type parameter has no fixed native layout; use a concrete type";
        if (type.TypeKind == TypeKind.Delegate) return "delegates are not function pointers; use 'delegate* unmanaged<...>' and pass an [UnmanagedCallersOnly] method";
        if (type.TypeKind == TypeKind.Struct) return $"'{Display(type)}' is a struct with managed fields; make it an [ArenaStruct] partial struct so it is staged, or make its fields blittable";
        if (type.TypeKind == TypeKind.Interface) return $"interfaces have no native layout; the generator stages only {StagedKinds}";
        if (type.TypeKind == TypeKind.Dynamic || type.SpecialType == SpecialType.System_Object) return $"'object' has no native layout; use a pointer, or one of {StagedKinds}";
        return $"class types have no native layout; the generator stages only {StagedKinds} (pass an array instead of a collection)";
    }

    public static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
}
