using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ParamArena.Marshalling;

/// <summary>
/// Reads <c>[ArenaEnumerated]</c>: the items parameter of a count-then-fill function, its native count, the results that
/// mean success and "incomplete", and the <c>ArenaLease</c> or <c>NativePool</c> parameter that holds span items.
/// </summary>
internal static class EnumerationBuilder
{
    /// <summary>True for a parameter that provides an enumeration's memory rather than a native argument.</summary>
    public static bool IsProvider(IParameterSymbol parameter) =>
        IsProviderType(parameter.Type) && parameter.ContainingSymbol is IMethodSymbol method
        && method.Parameters.Any(p => TypeFacts.Attribute(p, KnownNames.ArenaEnumeratedAttribute) is not null);

    private static bool IsProviderType(ITypeSymbol type) => TypeFacts.FullName(type) is KnownNames.ArenaLease or KnownNames.NativePool;

    /// <summary>The items parameter's model, or null with the reasons in <paramref name="diagnostics"/>.</summary>
    public static ParameterModel? Build(IParameterSymbol parameter, AttributeData attribute, string name, string modifiers, ElementSite site, List<DiagnosticInfo> diagnostics)
    {
        IMethodSymbol method = (IMethodSymbol)parameter.ContainingSymbol;
        Location? at = attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? site.Location;
        ParameterModel? Refuse(string reason)
        {
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.EnumerationForm, at, parameter.Name, method.Name, reason));
            return null;
        }

        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not int countIndex) return null;
        if (method.Parameters.TakeWhile(p => !SymbolEqualityComparer.Default.Equals(p, parameter)).Any(p => TypeFacts.Attribute(p, KnownNames.ArenaEnumeratedAttribute) is not null))
            return Refuse("a method enumerates one list; declare one method per native function");
        bool isArray = parameter.Type is IArrayTypeSymbol { Rank: 1 };
        ITypeSymbol? itemType = parameter.Type is IArrayTypeSymbol { Rank: 1 } array ? array.ElementType
            : TypeFacts.FullName((parameter.Type as INamedTypeSymbol)?.OriginalDefinition) == "System.Span`1" ? TypeFacts.SpanElement(parameter.Type) : null;
        if (parameter.RefKind != RefKind.Out || itemType is null)
            return Refuse($"it is '{(parameter.RefKind == RefKind.Out ? "out " : "")}{TypeFacts.Display(parameter.Type)}'; declare 'out T[]' (a managed array) or 'out Span<T>' (beside an ArenaLease or NativePool parameter)");

        ElementSite itemSite = new(itemType, RefKind.None, ElementRole.Parameter, System.Collections.Immutable.ImmutableArray<AttributeData>.Empty, site.DefaultUtf16, parameter.Name, method.Name, site.Location, site.Within,
            site.Compilation, site.ShapeAccepted);
        List<DiagnosticInfo> ignored = new();
        ElementModel? item = MarshallingResolver.Resolve(itemSite, ignored);
        if (item is { Kind: MarshallerKind.Shape } && !isArray)
            return Refuse($"'{TypeFacts.Display(itemType)}' is a shape, read back into managed memory; declare 'out {TypeFacts.Display(itemType)}[]'");
        if (item is not { Kind: MarshallerKind.Blittable or MarshallerKind.Shape })
            return Refuse($"its items are '{TypeFacts.Display(itemType)}'; enumerations fill blittable items (numbers, handles, pointers, blittable structs) or [ArenaStruct] shapes");

        IParameterSymbol[] providers = method.Parameters.Where(p => IsProviderType(p.Type)).ToArray();
        EnumerationMemory memory = EnumerationMemory.ManagedArray;
        string? provider = null;
        if (!isArray)
        {
            if (providers.Length != 1)
                return Refuse("'out Span<T>' items need one ArenaLease parameter (the items live until it is disposed) or one NativePool parameter (the caller frees them)");
            if (providers[0].RefKind == RefKind.Out) return Refuse($"'{providers[0].Name}' is an 'out' parameter; the caller provides the memory");
            memory = TypeFacts.FullName(providers[0].Type) == KnownNames.ArenaLease ? EnumerationMemory.Lease : EnumerationMemory.Pool;
            provider = SymbolText.Identifier(providers[0].Name);
        }
        else if (providers.Length > 0)
        {
            return Refuse($"'{providers[0].Name}' would provide memory, but the items are a managed array; declare 'out Span<{TypeFacts.Display(itemType)}>' to place them there");
        }

        string countType = "uint";
        bool countReturned = false;
        TypedConstant? success = null, incomplete = null, itemTag = null;
        foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
        {
            switch (named.Key)
            {
                case "CountType":
                    if (TypeFacts.CountTypeKeyword(named.Value.Value as ITypeSymbol) is not { } keyword)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(UsageRules.InvalidCountType, at, "ArenaEnumerated", parameter.Name,
                            named.Value.Value is ITypeSymbol given ? TypeFacts.Display(given) : "null"));
                        return null;
                    }
                    countType = keyword;
                    break;
                case "CountReturned" when named.Value.Value is bool returned:
                    countReturned = returned;
                    break;
                case "SuccessResult" when !named.Value.IsNull:
                    success = named.Value;
                    break;
                case "IncompleteResult" when !named.Value.IsNull:
                    incomplete = named.Value;
                    break;
                case "ItemTag" when !named.Value.IsNull:
                    itemTag = named.Value;
                    break;
            }
        }

        ITypeSymbol returnType = method.ReturnType;
        bool integralReturn = IsIntegral(returnType) || returnType.TypeKind == TypeKind.Enum;
        string? successExpression = null, incompleteExpression = null;
        if (countReturned)
        {
            if (success is not null || incomplete is not null)
                return Refuse("with CountReturned the return value is the number of items (negative on failure); remove SuccessResult and IncompleteResult");
            if (!IsSignedIntegral(returnType))
                return Refuse($"with CountReturned the function returns the number of items, but '{method.Name}' returns '{TypeFacts.Display(returnType)}'; return int, long or nint");
        }
        else
        {
            if ((success is not null || incomplete is not null) && !integralReturn)
                return Refuse($"SuccessResult and IncompleteResult compare the return value, but '{method.Name}' returns '{TypeFacts.Display(returnType)}'; remove them, or return the native integer or enum");
            string returned = SymbolText.Display(returnType);
            if (integralReturn)
            {
                successExpression = success is { } s ? Constant(s, returned) : "(" + returned + ")0";
                if (successExpression is null) return Refuse("SuccessResult is not an integer or enum constant");
            }
            if (incomplete is { } i && (incompleteExpression = Constant(i, returned)) is null) return Refuse("IncompleteResult is not an integer or enum constant");
        }

        string? tagExpression = null;
        if (itemTag is { } tag)
        {
            IFieldSymbol? structureType = InstanceField(itemType, KnownNames.StructureTypeField), next = InstanceField(itemType, KnownNames.NextField);
            if (item.Kind != MarshallerKind.Blittable || structureType is null || next is null || next.Type.TypeKind != TypeKind.Pointer
                || !(structureType.Type.TypeKind == TypeKind.Enum || IsIntegral(structureType.Type)))
                return Refuse($"ItemTag sets each item's SType and PNext before the fill call, but '{TypeFacts.Display(itemType)}' is not a blittable struct with an enum or integer 'SType' field and a pointer 'PNext' field");
            if ((tagExpression = Constant(tag, SymbolText.Display(structureType.Type))) is null) return Refuse("ItemTag is not an integer or enum constant");
        }

        return new ParameterModel(name, modifiers, item with { Kind = MarshallerKind.Enumeration, ManagedType = SymbolText.Display(parameter.Type), RefKind = RefKindModel.Out, IsArray = isArray },
            new CountParameterModel(countIndex, countType, false), new EnumerationModel(memory, provider, countReturned, successExpression, incompleteExpression, tagExpression));
    }

    private static IFieldSymbol? InstanceField(ITypeSymbol type, string name) =>
        type.GetMembers(name).OfType<IFieldSymbol>().FirstOrDefault(f => !f.IsStatic && !f.IsConst);

    // A constant as an expression of the return type: its numeric value, cast.
    private static string? Constant(TypedConstant constant, string type)
    {
        object? value = constant.Value;
        string? digits = value switch
        {
            int or long or short or sbyte => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            uint or ulong or ushort or byte => Convert.ToUInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        return digits is null ? null : "(" + type + ")(" + digits + ")";
    }

    private static bool IsIntegral(ITypeSymbol type) => type.SpecialType is SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16
        or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
        or SpecialType.System_IntPtr or SpecialType.System_UIntPtr;

    private static bool IsSignedIntegral(ITypeSymbol type) => type.SpecialType is SpecialType.System_Int16 or SpecialType.System_Int32
        or SpecialType.System_Int64 or SpecialType.System_IntPtr;
}
