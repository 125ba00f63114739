using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParamArena.Generator.Model;

namespace ParamArena.Generator.Analysis;

/// <summary>
/// The pipeline's first step for shapes: reads an <c>[ArenaStruct]</c> struct into a <see cref="ShapeModel"/>,
/// laying out its <c>Native</c> twin in C order (count fields inserted beside their arrays).
/// Returns null for anything it cannot stage.
/// </summary>
internal static class ShapeModelBuilder
{
    public static ShapeModel? Build(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        try
        {
            return BuildCore(context, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception)
        {
            return null;
        }
    }

    private sealed class CountGroup
    {
        public CountGroup(string name, string type, bool inBytes, bool declared)
        {
            Name = name;
            Type = type;
            InBytes = inBytes;
            Declared = declared;
        }

        public bool Declared { get; }

        public string Name { get; }
        public string Type { get; }
        public bool InBytes { get; }
        public List<string> Arrays { get; } = new();
    }

    private static ShapeModel? BuildCore(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol { TypeKind: TypeKind.Struct, Arity: 0 } shape) return null;
        if (context.TargetNode is not TypeDeclarationSyntax declaration) return null;
        EquatableArray<ContainingTypeModel>? containing = TypeNames.ContainingTypes(shape.ContainingType);
        if (containing is null) return null;
        if (TypeNames.ContainingTypes(shape) is null) return null;
        // The generator cannot see its own output, so a Native member here was written by the user and would clash.
        foreach (string generated in new[] { "Native", "Stage", "StageInto", "StageArray" })
        {
            if (shape.GetMembers(generated).Length > 0) return null;
        }

        bool shapeUtf16 = false;
        AttributeData? attribute = context.Attributes.FirstOrDefault();
        if (attribute is not null)
        {
            foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
            {
                if (named.Key == "StringMarshalling" && named.Value.Value is int s) shapeUtf16 = s == 2;
            }
        }

        List<NativeFieldModel> native = new();
        List<ShapeFieldModel> fields = new();
        Dictionary<string, CountGroup> groups = new(StringComparer.Ordinal);
        List<CountGroup> groupOrder = new();
        HashSet<string> names = new(StringComparer.Ordinal);
        // Integer fields an [ArenaCount] may name: the shape then declares the count itself, in its own place.
        Dictionary<string, string> declaredCounts = new(StringComparer.Ordinal);
        foreach (IFieldSymbol field in shape.GetMembers().OfType<IFieldSymbol>())
        {
            if (field.IsStatic || field.IsConst || field.IsImplicitlyDeclared) continue;
            if (TypeClassifier.CountTypeKeyword(field.Type) is string keyword) declaredCounts[field.Name] = keyword;
        }

        foreach (IFieldSymbol field in shape.GetMembers().OfType<IFieldSymbol>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (field.IsStatic || field.IsConst || field.IsImplicitlyDeclared) continue;
            if (field.IsFixedSizeBuffer) return null;
            ITypeSymbol type = field.Type;
            if (type.TypeKind == TypeKind.Error) return null;
            string name = TypeNames.Identifier(field.Name);
            names.Add(name);
            bool utf16 = TypeClassifier.StringIsUtf16(field) ?? shapeUtf16;

            if (type is IArrayTypeSymbol { Rank: 1 } array)
            {
                ITypeSymbol element = array.ElementType;
                string elementDisplay = TypeNames.Display(element);
                ShapeFieldKind kind;
                string pointerType;
                if (element.SpecialType == SpecialType.System_String)
                {
                    kind = ShapeFieldKind.StringArray;
                    pointerType = utf16 ? "char**" : "byte**";
                }
                else if (TypeClassifier.IsShape(element))
                {
                    kind = ShapeFieldKind.ShapeArray;
                    pointerType = elementDisplay + ".Native*";
                }
                else if (TypeClassifier.IsPinnable(element))
                {
                    kind = ShapeFieldKind.BlittableArray;
                    pointerType = elementDisplay + "*";
                }
                else
                {
                    return null;
                }

                string countName = field.Name + "Count";
                string countType = "uint";
                bool afterPointer = false;
                bool inBytes = false;
                bool declared = false;
                AttributeData? countAttribute = TypeClassifier.GetAttribute(field, TypeClassifier.ArenaCountAttribute);
                if (countAttribute is not null)
                {
                    if (countAttribute.ConstructorArguments.Length != 1 || countAttribute.ConstructorArguments[0].Value is not string n || n.Length == 0) return null;
                    countName = n;
                    string? givenType = null;
                    bool positionGiven = false;
                    foreach (KeyValuePair<string, TypedConstant> named in countAttribute.NamedArguments)
                    {
                        switch (named.Key)
                        {
                            case "CountType":
                                string? keyword = TypeClassifier.CountTypeKeyword(named.Value.Value as ITypeSymbol);
                                if (keyword is null) return null;
                                countType = keyword;
                                givenType = keyword;
                                break;
                            case "Position" when named.Value.Value is int position:
                                afterPointer = position == 1;
                                positionGiven = true;
                                break;
                            case "InBytes" when named.Value.Value is bool b:
                                inBytes = b;
                                break;
                        }
                    }
                    if (declaredCounts.TryGetValue(n, out string? declaredType))
                    {
                        // The declared field's type and position win; the attribute may not say otherwise.
                        if (positionGiven || (givenType is not null && givenType != declaredType)) return null;
                        countType = declaredType;
                        declared = true;
                    }
                }
                countName = TypeNames.Identifier(countName);

                if (groups.TryGetValue(countName, out CountGroup? group))
                {
                    if (group.Declared != declared) return null;
                    group.Arrays.Add(name);
                    native.Add(new NativeFieldModel(name, pointerType, field.Name + " (count shared: " + countName + ")"));
                }
                else
                {
                    group = new CountGroup(countName, countType, inBytes, declared);
                    group.Arrays.Add(name);
                    groups.Add(countName, group);
                    groupOrder.Add(group);
                    if (declared)
                    {
                        native.Add(new NativeFieldModel(name, pointerType, field.Name + " (count: " + countName + ")"));
                        fields.Add(new ShapeFieldModel(kind, name, elementDisplay, pointerType, utf16, countName));
                        continue;
                    }
                    NativeFieldModel countField = new(countName, countType, (inBytes ? "size in bytes of " : "length of ") + field.Name);
                    NativeFieldModel pointerField = new(name, pointerType, field.Name);
                    if (afterPointer)
                    {
                        native.Add(pointerField);
                        native.Add(countField);
                    }
                    else
                    {
                        native.Add(countField);
                        native.Add(pointerField);
                    }
                }
                fields.Add(new ShapeFieldModel(kind, name, elementDisplay, pointerType, utf16, countName));
                continue;
            }

            if (TypeClassifier.IsShape(type))
            {
                string display = TypeNames.Display(type);
                if (SymbolEqualityComparer.Default.Equals(type, shape)) return null;
                native.Add(new NativeFieldModel(name, display + ".Native", field.Name + " (embedded)"));
                fields.Add(new ShapeFieldModel(ShapeFieldKind.Shape, name, display, display + ".Native", false, null));
                continue;
            }
            if (TypeClassifier.IsNullableShape(type, out ITypeSymbol inner))
            {
                string display = TypeNames.Display(inner);
                native.Add(new NativeFieldModel(name, display + ".Native*", field.Name + " (null when absent)"));
                fields.Add(new ShapeFieldModel(ShapeFieldKind.NullableShape, name, display, display + ".Native*", false, null));
                continue;
            }
            if (type.SpecialType == SpecialType.System_String)
            {
                string pointer = utf16 ? "char*" : "byte*";
                native.Add(new NativeFieldModel(name, pointer, field.Name + (utf16 ? " (UTF-16)" : " (UTF-8)")));
                fields.Add(new ShapeFieldModel(ShapeFieldKind.String, name, "string", pointer, utf16, null));
                continue;
            }
            if (type.SpecialType == SpecialType.System_Boolean)
            {
                string boolType = TypeClassifier.BoolNativeType(field);
                native.Add(new NativeFieldModel(name, boolType, field.Name + " (bool)"));
                fields.Add(new ShapeFieldModel(ShapeFieldKind.Bool, name, "bool", boolType, false, null));
                continue;
            }
            if (type.SpecialType == SpecialType.System_Char)
            {
                native.Add(new NativeFieldModel(name, "ushort", field.Name + " (char)"));
                fields.Add(new ShapeFieldModel(ShapeFieldKind.Char, name, "char", "ushort", false, null));
                continue;
            }
            if (TypeClassifier.IsBlittable(type))
            {
                string display = TypeNames.Display(type);
                native.Add(new NativeFieldModel(name, display, field.Name));
                fields.Add(new ShapeFieldModel(ShapeFieldKind.Blittable, name, display, display, false, null));
                continue;
            }
            return null;
        }

        // A count name that is also a managed field would declare the native field twice.
        if (groupOrder.Any(g => !g.Declared && names.Contains(g.Name))) return null;
        // A declared count is written from its arrays' lengths, not copied from the managed field.
        fields.RemoveAll(f => f.Kind == ShapeFieldKind.Blittable && groups.TryGetValue(f.Name, out CountGroup? g) && g.Declared);
        if (native.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count() != native.Count) return null;

        return new ShapeModel(
            TypeNames.HintName(shape, ".Native.g.cs"),
            TypeNames.Namespace(shape),
            containing.Value,
            TypeNames.Keyword(declaration),
            shape.Name,
            TypeNames.Display(shape),
            new EquatableArray<NativeFieldModel>(native),
            new EquatableArray<ShapeFieldModel>(fields),
            new EquatableArray<CountGroupModel>(groupOrder.Select(g => new CountGroupModel(g.Name, g.Type, g.InBytes, new EquatableArray<string>(g.Arrays), g.Declared))));
    }
}
