using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ParamArena.Analyzers.Usage;

namespace ParamArena.Analyzers.Rules;

/// <summary>PA0007: native counts declared inconsistently, on [ArenaCountParameter] parameters or [ArenaCount] shape fields.</summary>
internal static class PA0007InconsistentCount
{
    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.InconsistentCount,
        "Native count declared inconsistently",
        "{0}",
        RuleDescriptor.Usage, DiagnosticSeverity.Error,
        "[ArenaCount] and [ArenaCountParameter] describe native (pointer, count) pairs; fields sharing a count must agree on its type and unit, and count parameters need distinct, valid native positions.");

    private static readonly ImmutableHashSet<SpecialType> CountParameterTypes = ImmutableHashSet.Create(
        SpecialType.System_Int32, SpecialType.System_UInt32, SpecialType.System_Int64, SpecialType.System_UInt64,
        SpecialType.System_IntPtr, SpecialType.System_UIntPtr, SpecialType.System_UInt16, SpecialType.System_Byte);

    private static readonly ImmutableHashSet<SpecialType> CountFieldTypes = ImmutableHashSet.Create(
        SpecialType.System_UInt32, SpecialType.System_Int32, SpecialType.System_UInt64, SpecialType.System_Int64,
        SpecialType.System_UIntPtr, SpecialType.System_IntPtr, SpecialType.System_UInt16, SpecialType.System_Byte);

    /// <summary>[ArenaCountParameter] on an [ArenaMarshal] method: on a sequence, a valid count type, distinct valid positions.</summary>
    public static void CheckMethod(ArenaMarshalMethod declaration)
    {
        IMethodSymbol method = declaration.Method;
        var counted = new List<(IParameterSymbol Parameter, AttributeData Attribute, int Index)>();
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            AttributeData? attribute = ParamArenaSymbols.GetAttribute(parameter, ParamArenaSymbols.ArenaCountParameterAttribute);
            if (attribute is null) continue;
            Location at = DeclarationSyntax.AttributeLocation(attribute, DeclarationSyntax.NameLocation(parameter));
            bool isSequence = MarshallingSupport.SequenceElement(parameter.Type) is not null;
            if (!isSequence || parameter.RefKind != RefKind.None)
            {
                declaration.Report(Create(at, $"[ArenaCountParameter] is on '{parameter.Name}' of type '{MarshallingSupport.Display(parameter.Type)}', which has no length; put it on an array or span parameter passed by value"));
                continue;
            }
            if (ParamArenaSymbols.NamedArgument(attribute, "CountType") is { Value: ITypeSymbol countType } && !CountParameterTypes.Contains(countType.SpecialType))
            {
                declaration.Report(Create(at, $"[ArenaCountParameter] on '{parameter.Name}' has CountType '{MarshallingSupport.Display(countType)}'; use int, uint, long, ulong, nint, nuint, ushort or byte"));
            }
            if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is int index)
                counted.Add((parameter, attribute, index));
        }

        int nativeCount = method.Parameters.Length + counted.Count;
        var seen = new Dictionary<int, string>();
        foreach (var (parameter, attribute, index) in counted)
        {
            Location at = DeclarationSyntax.AttributeLocation(attribute, DeclarationSyntax.NameLocation(parameter));
            if (index < 0 || index >= nativeCount)
            {
                declaration.Report(Create(at, $"The count of '{parameter.Name}' is at native position {index}, but the native function has {nativeCount} parameters (0 to {nativeCount - 1}); give the count's zero-based position in the C signature"));
            }
            else if (seen.TryGetValue(index, out string? other))
            {
                declaration.Report(Create(at, $"The counts of '{other}' and '{parameter.Name}' both claim native position {index}; each count needs its own position in the C signature"));
            }
            else
            {
                seen.Add(index, parameter.Name);
            }
        }
    }

    /// <summary>[ArenaCount] on shape fields: on arrays, a valid new name, and one type and unit per shared count.</summary>
    public static void CheckShape(ArenaStructShape shape)
    {
        var counts = new Dictionary<string, (IFieldSymbol Field, ITypeSymbol? Type, bool InBytes)>();
        var fieldNames = new HashSet<string>();
        foreach (IFieldSymbol field in shape.Fields) fieldNames.Add(field.Name);
        foreach (IFieldSymbol field in shape.Fields)
        {
            if (!shape.DeclaredOnlyInGeneratedFiles(field)) CheckField(shape, field, counts, fieldNames);
        }
    }

    private static void CheckField(ArenaStructShape shape, IFieldSymbol field, Dictionary<string, (IFieldSymbol Field, ITypeSymbol? Type, bool InBytes)> counts, HashSet<string> fieldNames)
    {
        AttributeData? attribute = ParamArenaSymbols.GetAttribute(field, ParamArenaSymbols.ArenaCountAttribute);
        if (attribute is null) return;
        Location at = DeclarationSyntax.AttributeLocation(attribute, DeclarationSyntax.NameLocation(field));
        if (field.Type is not IArrayTypeSymbol)
        {
            shape.Report(Create(at, $"[ArenaCount] is on '{field.Name}' of type '{MarshallingSupport.Display(field.Type)}', which is not an array; only array fields have native counts, so remove the attribute or make the field an array"));
            return;
        }
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string name) return;
        if (name.Length == 0 || !SyntaxFacts.IsValidIdentifier(name))
        {
            shape.Report(Create(at, $"[ArenaCount] on '{field.Name}' names its count '{name}', which is not a valid field name; use a C# identifier such as '{field.Name}Count'"));
            return;
        }
        if (fieldNames.Contains(name))
        {
            shape.Report(Create(at, $"[ArenaCount] on '{field.Name}' names its count '{name}', which is also a field of the shape; the native struct would have two fields with that name, so pick another count name"));
            return;
        }
        ITypeSymbol? countType = ParamArenaSymbols.NamedArgument(attribute, "CountType")?.Value as ITypeSymbol;
        if (countType is not null && !CountFieldTypes.Contains(countType.SpecialType))
        {
            shape.Report(Create(at, $"[ArenaCount] on '{field.Name}' has CountType '{MarshallingSupport.Display(countType)}'; use uint, int, ulong, long, nuint, nint, ushort or byte"));
            return;
        }
        bool inBytes = ParamArenaSymbols.NamedArgument(attribute, "InBytes")?.Value is true;
        if (!counts.TryGetValue(name, out var first))
        {
            counts.Add(name, (field, countType, inBytes));
            return;
        }
        string firstType = first.Type is null ? "uint" : MarshallingSupport.Display(first.Type);
        string thisType = countType is null ? "uint" : MarshallingSupport.Display(countType);
        if (firstType != thisType)
        {
            shape.Report(Create(at, $"'{field.Name}' and '{first.Field.Name}' share the count '{name}' but declare it as '{thisType}' and '{firstType}'; give both the same CountType"));
        }
        else if (first.InBytes != inBytes)
        {
            shape.Report(Create(at, $"'{field.Name}' and '{first.Field.Name}' share the count '{name}' but disagree on InBytes; a shared count has one unit, so set InBytes the same on both"));
        }
    }

    private static Diagnostic Create(Location location, string message) => Diagnostic.Create(Descriptor, location, message);
}
