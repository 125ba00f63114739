using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ParamArena.Marshalling;

/// <summary>
/// Reads an <c>[ArenaStruct]</c> struct into a <see cref="ShapeModel"/> (its <c>Native</c> twin laid out in C order,
/// count fields beside their arrays), or into the diagnostics that say why not.
/// </summary>
internal static class ShapeBuilder
{
    private const string CountAttributeName = "ArenaCount";

    public static Built<ShapeModel> Build(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol shape || context.TargetNode is not TypeDeclarationSyntax declaration)
            return new Built<ShapeModel>(null, null, default);
        // [ArenaStruct] on several parts of one shape (the compiler's CS0579): one model, from the part holding the first
        // attribute, so that the Native file is added once rather than twice (which drops all of the generator's output).
        if (TypeFacts.Attribute(shape, KnownNames.ArenaStructAttribute)?.ApplicationSyntaxReference is { } first
            && !(first.SyntaxTree == declaration.SyntaxTree && declaration.Span.Contains(first.Span)))
            return new Built<ShapeModel>(null, null, default);
        try
        {
            return Build(shape, declaration, context.SemanticModel.Compilation, AcceptanceCache(context.SemanticModel.Compilation), reportUnsafe: true, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception)
        {
            return new Built<ShapeModel>(null, null, default);
        }
    }

    /// <summary>
    /// Whether the generator accepts a shape (so its Native struct exists), memoized for one build step. A shape met again
    /// while it is being checked counts as accepted: its own errors are reported where it is declared.
    /// </summary>
    public static Func<INamedTypeSymbol, bool> AcceptanceCache(Compilation compilation)
    {
        Dictionary<INamedTypeSymbol, bool> known = new(SymbolEqualityComparer.Default);
        bool Accepted(INamedTypeSymbol shape)
        {
            if (known.TryGetValue(shape, out bool accepted)) return accepted;
            known[shape] = true;
            TypeDeclarationSyntax? declaration = shape.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<TypeDeclarationSyntax>().FirstOrDefault();
            // A shape from a referenced assembly was accepted there if its generator emitted the native twin.
            accepted = declaration is null
                ? !shape.GetTypeMembers(TypeFacts.NativeName(shape)).IsEmpty
                : Build(shape, declaration, compilation, Accepted, reportUnsafe: false, CancellationToken.None).Model is not null;
            known[shape] = accepted;
            return accepted;
        }
        return Accepted;
    }

    private sealed class CountGroup
    {
        public CountGroup(string name, string type, bool inBytes, bool afterPointer, bool declared, string firstArray, bool keepWhenNull = false)
        {
            KeepWhenNull = keepWhenNull;
            Name = name;
            Type = type;
            InBytes = inBytes;
            AfterPointer = afterPointer;
            Declared = declared;
            FirstArray = firstArray;
        }

        public string Name { get; }
        public string Type { get; }
        public bool InBytes { get; }
        public bool AfterPointer { get; }
        public bool Declared { get; }
        public bool KeepWhenNull { get; }
        public string FirstArray { get; }
        public List<string> Arrays { get; } = new();
    }

    private static Built<ShapeModel> Build(INamedTypeSymbol shape, TypeDeclarationSyntax declaration, Compilation compilation,
        Func<INamedTypeSymbol, bool> shapeAccepted, bool reportUnsafe, CancellationToken cancellationToken)
    {
        List<DiagnosticInfo> diagnostics = new();
        Location at = declaration.Identifier.GetLocation();
        if (reportUnsafe && compilation.Options is CSharpCompilationOptions { AllowUnsafe: false })
        {
            AttributeData? arenaStruct = TypeFacts.Attribute(shape, KnownNames.ArenaStructAttribute);
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.UnsafeBlocksRequired, arenaStruct?.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? at, "ArenaStruct"));
        }
        if (shape.TypeKind != TypeKind.Struct) return Refused(diagnostics);
        if (shape.Arity > 0) diagnostics.Add(DiagnosticInfo.Create(UsageRules.ShapeKindNotSupported, at, shape.Name, "generic"));
        if (shape.IsRefLikeType) diagnostics.Add(DiagnosticInfo.Create(UsageRules.ShapeKindNotSupported, at, shape.Name, "a ref struct, which arrays and spans of shapes cannot hold"));
        if (SymbolText.FirstFileLocal(shape) is { } fileLocal) diagnostics.Add(DiagnosticInfo.Create(UsageRules.FileLocalType, at, shape.Name, fileLocal.Name));
        EquatableArray<ContainingTypeModel>? containing = SymbolText.ContainingTypes(shape.ContainingType);
        if (containing is null || SymbolText.ContainingTypes(shape) is null) diagnostics.Add(DiagnosticInfo.Create(UsageRules.ShapeNotPartial, at, shape.Name));
        string nativeName = TypeFacts.NativeName(shape);
        if (!SyntaxFacts.IsValidIdentifier(nativeName) || nativeName == shape.Name)
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.GeneratedMemberNameClash, at, shape.Name, nativeName));
        else if (shape.GetMembers(nativeName).FirstOrDefault(m => !m.IsImplicitlyDeclared) is { } clash)
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.GeneratedMemberNameClash, clash.Locations.FirstOrDefault() ?? at, shape.Name, nativeName));

        bool shapeUtf16 = TypeFacts.Attribute(shape, KnownNames.ArenaStructAttribute) is { } attribute
            && TypeFacts.NamedArgument(attribute, "StringMarshalling") is { Value: int s } && s == KnownNames.StringMarshallingUtf16;

        List<IFieldSymbol> instanceFields = shape.GetMembers().OfType<IFieldSymbol>().Where(f => !f.IsStatic && !f.IsConst && !f.IsImplicitlyDeclared).ToList();
        // Integer fields an [ArenaCount] may name: the shape then declares the count itself, in its own place.
        Dictionary<string, IFieldSymbol> fieldsByName = instanceFields.GroupBy(f => f.Name).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        HashSet<string> declaredCountNames = new(StringComparer.Ordinal);

        StructureTypeModel? structureType = ReadStructureType(shape, at, instanceFields, diagnostics);
        if (TypeFacts.HasAttribute(shape, KnownNames.ArenaStructureTypeAttribute))
            instanceFields.RemoveAll(f => f.Name is KnownNames.StructureTypeField or KnownNames.NextField);
        List<NativeFieldModel> native = new();
        if (structureType is not null)
        {
            native.Add(new NativeFieldModel(KnownNames.StructureTypeField, structureType.TagType, "the structure type (written by staging)"));
            native.Add(new NativeFieldModel(KnownNames.NextField, "void*", "the next struct of the chain, or null (written by staging)"));
        }
        List<ShapeFieldModel> fields = new();
        Dictionary<string, CountGroup> groups = new(StringComparer.Ordinal);
        List<CountGroup> groupOrder = new();
        foreach (IFieldSymbol field in instanceFields)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Location fieldAt = FieldTypeLocation(field) ?? at;
            string name = SymbolText.Identifier(field.Name);
            if (field.IsFixedSizeBuffer)
            {
                diagnostics.Add(DiagnosticInfo.Create(UsageRules.UnsupportedShapeField, fieldAt, field.Name, shape.Name, TypeFacts.Display(field.Type),
                    "a C# fixed-size buffer field is not staged; declare an array or string with [ArenaFixedLength(n)], or an [InlineArray(n)] struct"));
                continue;
            }
            if (TypeFacts.HasErrors(field.Type)) continue;
            AttributeData? countAttribute = TypeFacts.Attribute(field, KnownNames.ArenaCountAttribute);
            Location countAt = countAttribute?.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? fieldAt;
            if (countAttribute is not null && field.Type is not IArrayTypeSymbol)
            {
                diagnostics.Add(DiagnosticInfo.Create(UsageRules.CountWithoutSequence, countAt, CountAttributeName, field.Name, TypeFacts.Display(field.Type)));
                continue;
            }
            ElementSite site = new(field.Type, RefKind.None, ElementRole.Field, field.GetAttributes(), shapeUtf16, field.Name, shape.Name, fieldAt, shape, compilation, shapeAccepted);
            ElementModel? element = MarshallingResolver.Resolve(site, diagnostics);
            if (element is null) continue;
            if (element.Kind is not (MarshallerKind.StringSequence or MarshallerKind.BlittableSequence or MarshallerKind.ShapeSequence))
            {
                fields.Add(new ShapeFieldModel(name, element, null));
                native.Add(new NativeFieldModel(name, NativeFieldType(element), field.Name + FieldNote(element), element.FixedLength));
                continue;
            }

            CountGroup? group = ReadCount(field, countAttribute, countAt, fieldsByName, declaredCountNames, diagnostics);
            if (group is null) continue;
            string pointerType = NativeFieldType(element);
            if (groups.TryGetValue(group.Name, out CountGroup? existing))
            {
                string? disagreement = existing.Declared != group.Declared ? "declaration"
                    : existing.Type != group.Type ? "type"
                    : existing.InBytes != group.InBytes ? "unit (InBytes)"
                    : existing.KeepWhenNull != group.KeepWhenNull ? "value when every array is null (KeepWhenNull)"
                    : !existing.Declared && existing.AfterPointer != group.AfterPointer ? "position"
                    : null;
                if (disagreement is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(UsageRules.SharedCountMismatch, countAt, field.Name, existing.FirstArray, group.Name, disagreement));
                    continue;
                }
                existing.Arrays.Add(name);
                native.Add(new NativeFieldModel(name, pointerType, field.Name + " (count shared: " + group.Name + ")"));
            }
            else
            {
                group.Arrays.Add(name);
                groups.Add(group.Name, group);
                groupOrder.Add(group);
                NativeFieldModel pointerField = new(name, pointerType, field.Name + (group.Declared ? " (count: " + group.Name + ")" : ""));
                NativeFieldModel countField = new(group.Name, group.Type, (group.InBytes ? "size in bytes of " : "length of ") + field.Name);
                if (group.Declared) native.Add(pointerField);
                else if (group.AfterPointer) native.AddRange(new[] { pointerField, countField });
                else native.AddRange(new[] { countField, pointerField });
            }
            fields.Add(new ShapeFieldModel(name, element, group.Name));
        }

        // A declared count is written from its arrays' lengths, not copied from the managed field.
        fields.RemoveAll(f => f.CountName is null && declaredCountNames.Contains(f.Name));
        foreach (NativeFieldModel duplicate in native.GroupBy(f => f.Name).Where(g => g.Count() > 1).Select(g => g.First()))
        {
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.DeclaredCountConflict, at, duplicate.Name, duplicate.Name,
                "the native struct would hold two fields of that name; give the count another name"));
        }
        if (diagnostics.Count > 0 || containing is null) return Refused(diagnostics);

        return new Built<ShapeModel>(new ShapeModel(
            SymbolText.HintName(shape, ".Native.g.cs"),
            SymbolText.Namespace(shape),
            containing.Value,
            SymbolText.Keyword(declaration),
            SymbolText.Identifier(shape.Name),
            SymbolText.Display(shape),
            nativeName,
            new EquatableArray<NativeFieldModel>(native),
            new EquatableArray<ShapeFieldModel>(fields),
            new EquatableArray<CountGroupModel>(groupOrder.Select(g => new CountGroupModel(g.Name, g.Type, g.InBytes, new EquatableArray<string>(g.Arrays), g.Declared, g.KeepWhenNull))),
            ReachesItself(shape),
            new EquatableArray<string>(instanceFields.Where(f => f.IsReadOnly).Select(f => SymbolText.Identifier(f.Name))),
            structureType), null, default);
    }

    /// <summary>The shape's <c>[ArenaStructureType]</c> and <c>[ArenaExtends]</c>, checked; null when it has no structure type.</summary>
    private static StructureTypeModel? ReadStructureType(INamedTypeSymbol shape, Location at, List<IFieldSymbol> instanceFields, List<DiagnosticInfo> diagnostics)
    {
        AttributeData? tag = TypeFacts.Attribute(shape, KnownNames.ArenaStructureTypeAttribute);
        AttributeData? extends = TypeFacts.Attribute(shape, KnownNames.ArenaExtendsAttribute);
        Location extendsAt = extends?.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? at;
        if (tag is null)
        {
            if (extends is not null)
                diagnostics.Add(DiagnosticInfo.Create(UsageRules.InvalidExtends, extendsAt, shape.Name, "the shape has no structure type; add [ArenaStructureType(...)] to make it a chain link"));
            return null;
        }
        Location tagAt = tag.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? at;
        foreach (IFieldSymbol field in instanceFields.Where(f => f.Name is KnownNames.StructureTypeField or KnownNames.NextField))
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.ChainFieldDeclared, field.Locations.FirstOrDefault() ?? at, shape.Name, field.Name));

        string? tagType = null, tagValue = null;
        if (tag.ConstructorArguments.Length == 1 && tag.ConstructorArguments[0] is { Value: not null, Type: { } valueType } value
            && (valueType.TypeKind == TypeKind.Enum || TypeFacts.IntegerKeyword(valueType) is not null))
        {
            tagType = valueType.TypeKind == TypeKind.Enum ? SymbolText.Display(valueType) : TypeFacts.IntegerKeyword(valueType)!;
            tagValue = "(" + tagType + ")(" + System.Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture) + ")";
        }
        else
        {
            string given = tag.ConstructorArguments.Length == 1 ? tag.ConstructorArguments[0].Value?.ToString() ?? "null" : "";
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.InvalidStructureType, tagAt, shape.Name, given));
        }

        List<string> heads = new();
        if (extends is not null)
        {
            foreach (TypedConstant head in extends.ConstructorArguments.SelectMany(a => a.Kind == TypedConstantKind.Array ? a.Values : ImmutableArray.Create(a)))
            {
                if (head.Value is INamedTypeSymbol headShape && TypeFacts.IsShape(headShape) && TypeFacts.HasAttribute(headShape, KnownNames.ArenaStructureTypeAttribute))
                {
                    heads.Add(SymbolText.Display(headShape));
                    continue;
                }
                string shown = head.Value is ITypeSymbol t ? TypeFacts.Display(t) : "null";
                diagnostics.Add(DiagnosticInfo.Create(UsageRules.InvalidExtends, extendsAt, shape.Name,
                    $"'{shown}' is not an [ArenaStruct] shape with an [ArenaStructureType], so it cannot head a chain"));
            }
        }
        return tagType is null ? null : new StructureTypeModel(tagType, tagValue!, new EquatableArray<string>(heads.Distinct()));
    }

    private static Built<ShapeModel> Refused(List<DiagnosticInfo> diagnostics) => new(null, null, new EquatableArray<DiagnosticInfo>(diagnostics));

    private static CountGroup? ReadCount(IFieldSymbol field, AttributeData? attribute, Location at, Dictionary<string, IFieldSymbol> fieldsByName,
        HashSet<string> declaredCountNames, List<DiagnosticInfo> diagnostics)
    {
        if (attribute is null) return new CountGroup(SymbolText.Identifier(field.Name + "Count"), "uint", false, false, false, field.Name);
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string countName
            || !SyntaxFacts.IsValidIdentifier(countName))
        {
            string given = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string ?? "null" : "";
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.InvalidCountName, at, field.Name, given));
            return null;
        }
        string countType = "uint";
        string? givenType = null;
        bool afterPointer = false, positionGiven = false, inBytes = false, keepWhenNull = false;
        foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
        {
            switch (named.Key)
            {
                case "CountType":
                    givenType = TypeFacts.CountTypeKeyword(named.Value.Value as ITypeSymbol);
                    if (givenType is null)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(UsageRules.InvalidCountType, at, CountAttributeName, field.Name,
                            named.Value.Value is ITypeSymbol t ? TypeFacts.Display(t) : "null"));
                        return null;
                    }
                    countType = givenType;
                    break;
                case "Position" when named.Value.Value is int position:
                    afterPointer = position == 1;
                    positionGiven = true;
                    break;
                case "InBytes" when named.Value.Value is bool b:
                    inBytes = b;
                    break;
                case "KeepWhenNull" when named.Value.Value is bool keep:
                    keepWhenNull = keep;
                    break;
            }
        }
        if (!fieldsByName.TryGetValue(countName, out IFieldSymbol? declared))
        {
            if (keepWhenNull)
            {
                diagnostics.Add(DiagnosticInfo.Create(UsageRules.KeepWhenNullWithoutDeclaredCount, at, field.Name, countName));
                return null;
            }
            return new CountGroup(SymbolText.Identifier(countName), countType, inBytes, afterPointer, false, field.Name);
        }

        // A field of that name is the native count itself: its own type and position win.
        string? declaredType = TypeFacts.CountTypeKeyword(declared.Type);
        string? conflict = declaredType is null ? $"it has type '{TypeFacts.Display(declared.Type)}', which is not an integer count type; change its type or pick another count name"
            : positionGiven ? "its position is where the shape declares it; remove Position"
            : givenType is not null && givenType != declaredType ? $"its type is '{declaredType}', but CountType says '{givenType}'; remove CountType or make them agree"
            : null;
        if (conflict is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.DeclaredCountConflict, at, field.Name, countName, conflict));
            return null;
        }
        declaredCountNames.Add(SymbolText.Identifier(countName));
        return new CountGroup(SymbolText.Identifier(countName), declaredType!, inBytes, false, true, field.Name, keepWhenNull);
    }

    /// <summary>The native field's type for a field's marshalling (the pointer field for arrays).</summary>
    public static string NativeFieldType(ElementModel element) => element.Kind switch
    {
        MarshallerKind.Bool => element.ByteBool ? "byte" : "int",
        MarshallerKind.Char => "ushort",
        MarshallerKind.String => element.Utf16 ? "char*" : "byte*",
        MarshallerKind.StringSequence => element.Utf16 ? "char**" : "byte**",
        MarshallerKind.BlittableSequence => element.ElementType + "*",
        MarshallerKind.Shape => element.ShapeNative!,
        // char is not blittable (it may be marshalled as one byte), so UTF-16 buffers are ushort, as char fields are.
        MarshallerKind.FixedString => element.Utf16 ? "ushort" : "byte",
        MarshallerKind.FixedArray => element.ElementType == "char" ? "ushort" : element.ElementType,
        MarshallerKind.NullableShape or MarshallerKind.ShapeSequence => element.ShapeNative + "*",
        _ => element.ManagedType,
    };

    private static string FieldNote(ElementModel element) => element.Kind switch
    {
        MarshallerKind.Bool => " (bool)",
        MarshallerKind.Char => " (char)",
        MarshallerKind.String => element.Utf16 ? " (UTF-16)" : " (UTF-8)",
        MarshallerKind.Shape => " (embedded)",
        MarshallerKind.FixedString => element.Utf16 ? " (UTF-16, fixed length, NUL included)" : " (UTF-8, fixed length, NUL included)",
        MarshallerKind.FixedArray => " (fixed length)",
        MarshallerKind.NullableShape => " (null when absent)",
        _ => "",
    };

    private static Location? FieldTypeLocation(IFieldSymbol field)
    {
        foreach (SyntaxReference reference in field.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration }) return declaration.Type.GetLocation();
        }
        return field.Locations.FirstOrDefault();
    }

    // True when staging the shape can come back to it through arrays or optional shapes (a graph that may be cyclic).
    private static bool ReachesItself(INamedTypeSymbol shape)
    {
        HashSet<INamedTypeSymbol> seen = new(SymbolEqualityComparer.Default);
        Stack<INamedTypeSymbol> pending = new();
        pending.Push(shape);
        while (pending.Count > 0)
        {
            foreach (IFieldSymbol field in pending.Pop().GetMembers().OfType<IFieldSymbol>())
            {
                if (field.IsStatic || field.IsConst) continue;
                ITypeSymbol type = field.Type is IArrayTypeSymbol array ? array.ElementType : field.Type;
                INamedTypeSymbol? next = TypeFacts.NullableShape(type) ?? (TypeFacts.IsShape(type) ? (INamedTypeSymbol)type : null);
                if (next is null) continue;
                if (SymbolEqualityComparer.Default.Equals(next, shape)) return true;
                if (seen.Add(next)) pending.Push(next);
            }
        }
        return false;
    }
}
