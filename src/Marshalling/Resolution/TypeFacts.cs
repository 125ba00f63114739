using System.Linq;
using Microsoft.CodeAnalysis;

namespace ParamArena.Marshalling;

/// <summary>Plain facts about managed types that the resolver's rules are made of; no decision is taken here.</summary>
internal static class TypeFacts
{
    public static string FullName(ITypeSymbol? type)
    {
        if (type is null) return string.Empty;
        INamespaceSymbol? ns = type.ContainingNamespace;
        string prefix = ns is null || ns.IsGlobalNamespace ? string.Empty : ns.ToDisplayString() + ".";
        string outer = type.ContainingType is { } containing ? FullName(containing) + "+" : prefix;
        return (type.ContainingType is null ? prefix : outer) + type.MetadataName;
    }

    public static bool HasAttribute(ISymbol symbol, string fullName) => Attribute(symbol, fullName) is not null;

    public static AttributeData? Attribute(ISymbol symbol, string fullName) =>
        symbol.GetAttributes().FirstOrDefault(a => FullName(a.AttributeClass) == fullName);

    public static AttributeData? Attribute(System.Collections.Immutable.ImmutableArray<AttributeData> attributes, string fullName) =>
        attributes.FirstOrDefault(a => FullName(a.AttributeClass) == fullName);

    public static TypedConstant? NamedArgument(AttributeData attribute, string name)
    {
        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Key == name) return pair.Value;
        }
        return null;
    }

    /// <summary>An <c>[ArenaStruct]</c> struct (whether or not the generator accepts it).</summary>
    public static bool IsShape(ITypeSymbol? type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Struct } named && Attribute(named, KnownNames.ArenaStructAttribute) is not null;

    /// <summary>The shape inside <c>Shape?</c>, or null.</summary>
    public static INamedTypeSymbol? NullableShape(ITypeSymbol? type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && IsShape(nullable.TypeArguments[0])
            ? (INamedTypeSymbol)nullable.TypeArguments[0]
            : null;

    /// <summary>The name of a shape's generated native twin: <c>Native</c>, unless <c>[ArenaStruct(NativeName = ...)]</c> says otherwise.</summary>
    public static string NativeName(INamedTypeSymbol shape) =>
        Attribute(shape, KnownNames.ArenaStructAttribute) is { } attribute && NamedArgument(attribute, "NativeName") is { Value: string name } && name.Length > 0
            ? name
            : KnownNames.DefaultNativeName;

    /// <summary>The head of a chain type parameter (<c>where TChain : struct, IArenaChain&lt;TChain, Head&gt;</c>) when the head is a shape, or null.</summary>
    public static INamedTypeSymbol? ChainHead(ITypeSymbol? type)
    {
        if (type is not ITypeParameterSymbol parameter) return null;
        foreach (ITypeSymbol constraint in parameter.ConstraintTypes)
        {
            if (constraint is INamedTypeSymbol { TypeArguments.Length: 2 } chain && FullName(chain.OriginalDefinition) == KnownNames.IArenaChain
                && SymbolEqualityComparer.Default.Equals(chain.TypeArguments[0], parameter) && IsShape(chain.TypeArguments[1]))
                return (INamedTypeSymbol)chain.TypeArguments[1];
        }
        return null;
    }

    /// <summary>The element of <c>Span&lt;T&gt;</c> or <c>ReadOnlySpan&lt;T&gt;</c>, or null.</summary>
    public static ITypeSymbol? SpanElement(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named) return null;
        string name = FullName(named.OriginalDefinition);
        return name is "System.Span`1" or "System.ReadOnlySpan`1" ? named.TypeArguments[0] : null;
    }

    public static bool IsBlittable(ITypeSymbol type) => FirstNonBlittable(type, 0) is null;

    /// <summary>
    /// Null when <paramref name="type"/> is blittable without runtime marshalling (primitives other than bool and char,
    /// enums, pointers, function pointers, structs of those); otherwise what is not.
    /// </summary>
    public static string? FirstNonBlittable(ITypeSymbol type, int depth)
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
                return $"'{Display(type)}' has no native layout";
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

    /// <summary>A class deriving from <c>SafeHandle</c> (abstract or not).</summary>
    public static bool IsSafeHandle(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class }) return false;
        for (ITypeSymbol? t = type; t is not null; t = t.BaseType)
        {
            if (FullName(t) == KnownNames.SafeHandle) return true;
        }
        return false;
    }

    /// <summary>The C# keyword of an integer type, or null.</summary>
    public static string? IntegerKeyword(ITypeSymbol? type) => type?.SpecialType switch
    {
        SpecialType.System_SByte => "sbyte",
        SpecialType.System_Int16 => "short",
        _ => CountTypeKeyword(type),
    };

    /// <summary>The C# keyword of an allowed native count type, or null.</summary>
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

    /// <summary>
    /// A type the generator itself adds (a shape's <c>Native</c>): the generator's input cannot see it yet, so it is an
    /// error type there, and a correct one.
    /// </summary>
    public static bool IsGeneratedShapeMember(ITypeSymbol type) =>
        type.TypeKind == TypeKind.Error && type.ContainingType is { } shape && IsShape(shape) && type.Name == NativeName(shape);

    /// <summary>The type as messages show it.</summary>
    public static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);

    /// <summary>The type or one of its type arguments, array elements or pointees is an error type.</summary>
    public static bool HasErrors(ITypeSymbol type) => type switch
    {
        { TypeKind: TypeKind.Error } => !IsGeneratedShapeMember(type),
        IArrayTypeSymbol array => HasErrors(array.ElementType),
        IPointerTypeSymbol pointer => HasErrors(pointer.PointedAtType),
        INamedTypeSymbol named => named.TypeArguments.Any(HasErrors),
        _ => false,
    };
}
