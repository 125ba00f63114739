using System.Linq;
using Microsoft.CodeAnalysis;

namespace ParamArena.Generator.Analysis;

/// <summary>Answers what kind of managed type a symbol is, in the terms the marshalling strategies care about.</summary>
internal static class TypeClassifier
{
    public const string ArenaStructAttribute = "ParamArena.ArenaStructAttribute";
    public const string ArenaMarshalAttribute = "ParamArena.ArenaMarshalAttribute";
    public const string ArenaCountAttribute = "ParamArena.ArenaCountAttribute";
    public const string ArenaCountParameterAttribute = "ParamArena.ArenaCountParameterAttribute";
    public const string MarshalAsAttribute = "System.Runtime.InteropServices.MarshalAsAttribute";

    public static bool HasAttribute(ISymbol symbol, string metadataName) =>
        symbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == metadataName);

    public static AttributeData? GetAttribute(ISymbol symbol, string metadataName) =>
        symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == metadataName);

    /// <summary>A non-generic <c>[ArenaStruct]</c> struct.</summary>
    public static bool IsShape(ITypeSymbol type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Struct, Arity: 0 } named && HasAttribute(named, ArenaStructAttribute);

    /// <summary>True for <c>T?</c> where T is a shape; gives T.</summary>
    public static bool IsNullableShape(ITypeSymbol type, out ITypeSymbol shape)
    {
        shape = type;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && IsShape(nullable.TypeArguments[0]))
        {
            shape = nullable.TypeArguments[0];
            return true;
        }
        return false;
    }

    /// <summary>
    /// Blittable without runtime marshalling: primitives other than bool/char, enums, pointers, function
    /// pointers, and non-generic sequential structs made only of those.
    /// </summary>
    public static bool IsBlittable(ITypeSymbol type, int depth = 0)
    {
        if (depth > 16 || type.TypeKind == TypeKind.Error) return false;
        switch (type.TypeKind)
        {
            case TypeKind.Pointer:
            case TypeKind.FunctionPointer:
            case TypeKind.Enum:
                return true;
        }
        switch (type.SpecialType)
        {
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_IntPtr:
            case SpecialType.System_UIntPtr:
                return true;
            case SpecialType.System_Boolean:
            case SpecialType.System_Char:
            case SpecialType.System_Decimal:
            case SpecialType.System_DateTime:
                return false;
        }
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Struct, IsGenericType: false } named || !type.IsUnmanagedType) return false;
        if (IsShape(named)) return false;
        foreach (IFieldSymbol field in named.GetMembers().OfType<IFieldSymbol>())
        {
            if (field.IsStatic || field.IsConst) continue;
            if (field.IsFixedSizeBuffer)
            {
                if (field.Type is IPointerTypeSymbol p && IsBlittable(p.PointedAtType, depth + 1)) continue;
                return false;
            }
            if (!IsBlittable(field.Type, depth + 1)) return false;
        }
        return true;
    }

    /// <summary>An unmanaged type that may be pinned and passed by address (bool excluded: its native size is ambiguous).</summary>
    public static bool IsPinnable(ITypeSymbol type) =>
        type.SpecialType == SpecialType.System_Char || IsBlittable(type);

    /// <summary><c>Span&lt;T&gt;</c> or <c>ReadOnlySpan&lt;T&gt;</c>; gives T.</summary>
    public static bool IsSpan(ITypeSymbol type, out ITypeSymbol element)
    {
        element = type;
        if (type is INamedTypeSymbol { IsGenericType: true } named)
        {
            string name = named.OriginalDefinition.ToDisplayString();
            if (name == "System.Span<T>" || name == "System.ReadOnlySpan<T>")
            {
                element = named.TypeArguments[0];
                return true;
            }
        }
        return false;
    }

    /// <summary>A concrete subclass of <c>System.Runtime.InteropServices.SafeHandle</c>.</summary>
    public static bool IsSafeHandle(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false }) return false;
        for (ITypeSymbol? t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.ToDisplayString() == "System.Runtime.InteropServices.SafeHandle") return true;
        }
        return false;
    }

    /// <summary>Reads <c>[MarshalAs(UnmanagedType.U1/I1)]</c> to pick a 1-byte bool; otherwise the 4-byte BOOL.</summary>
    public static string BoolNativeType(ISymbol symbolWithAttributes)
    {
        AttributeData? marshalAs = GetAttribute(symbolWithAttributes, MarshalAsAttribute);
        if (marshalAs is { ConstructorArguments.Length: > 0 } && marshalAs.ConstructorArguments[0].Value is int value)
        {
            // UnmanagedType.I1 = 3, U1 = 4.
            if (value == 3 || value == 4) return "byte";
        }
        return "int";
    }

    /// <summary>Reads <c>[MarshalAs(UnmanagedType.LPWStr)]</c> (21) or <c>LPUTF8Str</c> (48) on a string; null when absent.</summary>
    public static bool? StringIsUtf16(ISymbol symbolWithAttributes)
    {
        AttributeData? marshalAs = GetAttribute(symbolWithAttributes, MarshalAsAttribute);
        if (marshalAs is { ConstructorArguments.Length: > 0 } && marshalAs.ConstructorArguments[0].Value is int value)
        {
            if (value == 21) return true;
            if (value == 48) return false;
        }
        return null;
    }

    /// <summary>The C# keyword for an allowed count type, or null.</summary>
    public static string? CountTypeKeyword(ITypeSymbol? type) => type?.SpecialType switch
    {
        SpecialType.System_Byte => "byte",
        SpecialType.System_UInt16 => "ushort",
        SpecialType.System_Int32 => "int",
        SpecialType.System_UInt32 => "uint",
        SpecialType.System_Int64 => "long",
        SpecialType.System_UInt64 => "ulong",
        SpecialType.System_IntPtr => "nint",
        SpecialType.System_UIntPtr => "nuint",
        _ => null,
    };
}
