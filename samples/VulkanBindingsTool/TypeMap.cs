using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace VulkanBindingsTool;

/// <summary>
/// Decides how every selected C type appears in C#: scalars, enumerations, handles, blittable structs, unions and
/// <c>[ArenaStruct]</c> shapes (a struct is a shape when a member needs staging or reading back: a string, an array with
/// its count, a character or numeric fixed array, an optional pointer to a struct, or a shape embedded by value).
/// </summary>
public sealed class TypeMap
{
    private static readonly Dictionary<string, string> Scalars = new(StringComparer.Ordinal)
    {
        ["uint8_t"] = "byte", ["int8_t"] = "sbyte", ["uint16_t"] = "ushort", ["int16_t"] = "short", ["uint32_t"] = "uint",
        ["int32_t"] = "int", ["uint64_t"] = "ulong", ["int64_t"] = "long", ["size_t"] = "nuint", ["float"] = "float",
        ["double"] = "double", ["char"] = "byte", ["int"] = "int", ["void"] = "void",
        ["VkBool32"] = "Bool32", ["VkDeviceSize"] = "ulong", ["VkDeviceAddress"] = "ulong", ["VkFlags"] = "uint",
        ["VkFlags64"] = "ulong", ["VkSampleMask"] = "uint",
    };

    /// <summary>
    /// Counts that mean more than one array's length (inline uniform blocks, immutable samplers, dynamic viewports,
    /// imageless framebuffers): their arrays are <c>[ArenaCount(KeepWhenNull = true)]</c>, so with every array null
    /// staging writes the count the caller set. The registry marks such arrays <c>noautovalidity</c>, but also some plain ones.
    /// </summary>
    private static readonly HashSet<string> CountsWithOwnMeaning = new(StringComparer.Ordinal)
    {
        "VkWriteDescriptorSet.descriptorCount", "VkDescriptorSetLayoutBinding.descriptorCount",
        "VkPipelineViewportStateCreateInfo.viewportCount", "VkPipelineViewportStateCreateInfo.scissorCount",
        "VkFramebufferCreateInfo.attachmentCount",
    };

    private readonly Registry _registry;
    private readonly SortedSet<string> _selected;
    private readonly Dictionary<string, string> _flagBitsToFlags = new(StringComparer.Ordinal);
    private readonly HashSet<string> _shapes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _blittableOnly = new(StringComparer.Ordinal);

    /// <summary>The fixed-array form every fixed-size array takes.</summary>
    public FixedArrayForm FixedArrays { get; } = FixedArrayForm.FixedLengthInShapes;

    private static readonly HashSet<string> FixedLengthElements = new(StringComparer.Ordinal)
    {
        "byte", "sbyte", "short", "ushort", "int", "uint", "long", "ulong", "float", "double",
    };

    /// <summary>The inline-array structs the fields use: name → (element type, length).</summary>
    public SortedDictionary<string, (string Element, int Length)> InlineArrays { get; } = new(StringComparer.Ordinal);

    /// <summary>Why a type cannot be emitted, for the ones that cannot.</summary>
    public Dictionary<string, string> Unsupported { get; } = new(StringComparer.Ordinal);

    public TypeMap(Registry registry, Selection selection)
    {
        _registry = registry;
        _selected = selection.Types;
        foreach (TypeDef type in registry.Types.Values.Where(t => t.Category == "bitmask" && t.Requires is not null))
            _flagBitsToFlags[type.Requires!] = type.Name;

        List<TypeDef> structs = selection.Types.Select(n => registry.Types[n]).Where(t => t.Category is "struct" or "union" && t.Alias is null).ToList();
        foreach (TypeDef type in structs.Where(t => t.Category == "union")) MarkBlittable(type);
        // Items of arrays a command fills stay blittable: a Span of them is pinned and written in place, not read back.
        foreach (Member parameter in selection.Commands.SelectMany(c => registry.Commands[c].Parameters).Where(p => p.Pointers > 0 && !p.IsConst && p.Len is not null))
        {
            if (Resolve(parameter.Type) is { Category: "struct" } written) MarkBlittable(written);
        }
        foreach (TypeDef type in structs.Where(t => t.Members.Any(m => m.BitField is not null)))
            Unsupported[type.Name] = "bit-fields (C# has no bit-field members)";
        // Shapes grow until no struct changes: an optional pointer to a shape or a shape by value makes a shape, and a
        // struct with an sType value is a shape whatever its fields, so that staging tags it and it can be chained.
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (TypeDef type in structs.Where(t => t.Category == "struct" && !_blittableOnly.Contains(t.Name) && !_shapes.Contains(t.Name) && !Unsupported.ContainsKey(t.Name)))
            {
                try
                {
                    List<FieldPlan> fields = PlanFields(type, asShape: true);
                    if (!fields.Any(NeedsStaging) && !IsChainCandidate(type)) continue;
                    _shapes.Add(type.Name);
                    changed = true;
                    // What an optional pointer leads to is staged too, so it becomes a shape even with only blittable fields.
                    foreach (FieldPlan field in fields.Where(f => f.Kind == FieldKind.OptionalShape)) _shapes.Add(Resolve(field.Member.Type)!.Name);
                }
                catch (NotSupportedException e)
                {
                    Unsupported[type.Name] = e.Message;
                }
            }
        }
    }

    private static bool IsChainCandidate(TypeDef type) => type.StructureType is not null;

    /// <summary>A shape whose <c>sType</c> has a fixed value: it declares <c>[ArenaStructureType]</c> and no SType/PNext fields.</summary>
    public bool IsStructureTyped(string cType) => Resolve(cType) is { StructureType: not null } type && _shapes.Contains(type.Name);

    /// <summary>The heads a structure-typed shape extends that are structure-typed shapes themselves (the rest cannot be named).</summary>
    public IEnumerable<TypeDef> Heads(TypeDef link) => !IsStructureTyped(link.Name) ? []
        : link.StructExtends.Where(h => _selected.Contains(h)).Select(h => Resolve(h)!).Where(h => IsStructureTyped(h.Name)).Distinct();

    /// <summary>The heads a selected struct names that are not structure-typed shapes, or not selected: links to them cannot be declared.</summary>
    public IEnumerable<(TypeDef Link, string Head)> SkippedHeads() =>
        _selected.Select(n => _registry.Types[n]).Where(t => t.Alias is null && IsStructureTyped(t.Name))
            .SelectMany(t => t.StructExtends.Where(h => !_selected.Contains(h) || !IsStructureTyped(h)).Select(h => (t, h)));

    /// <summary>A structure-typed shape that some selected shape extends: commands take it as a chain.</summary>
    public bool IsChainHead(string cType) => Resolve(cType) is { } head
        && _selected.Any(n => _registry.Types[n] is { Alias: null } link && Heads(link).Contains(head));

    private void MarkBlittable(TypeDef type)
    {
        if (!_blittableOnly.Add(type.Name)) return;
        foreach (Member member in type.Members.Where(m => m.Pointers == 0))
        {
            if (Resolve(member.Type) is { Category: "struct" or "union" } nested) MarkBlittable(nested);
        }
    }

    private bool NeedsStaging(FieldPlan field) => field.Kind is FieldKind.String or FieldKind.StringArray or FieldKind.Array or FieldKind.OptionalShape
        or FieldKind.FixedString or FieldKind.FixedArrayField
        || (field.Kind == FieldKind.Value && _shapes.Contains(Resolve(field.Member.Type)?.Name ?? ""));

    /// <summary>The type an alias names, or the type itself; null for C types vk.xml does not define as a Vulkan type.</summary>
    public TypeDef? Resolve(string cType)
    {
        TypeDef? type = _registry.Types.GetValueOrDefault(cType);
        while (type?.Alias is { } alias) type = _registry.Types.GetValueOrDefault(alias);
        return type;
    }

    public bool IsShape(string cType) => Resolve(cType) is { } type && _shapes.Contains(type.Name);

    public bool IsStruct(string cType) => Resolve(cType) is { Category: "struct" or "union" };

    /// <summary>A value of the C type in C#: <c>uint32_t</c> → <c>uint</c>, <c>VkBufferUsageFlagBits</c> → <c>BufferUsageFlags</c>.</summary>
    public string Value(string cType)
    {
        if (Scalars.TryGetValue(cType, out string? scalar)) return scalar;
        TypeDef? type = Resolve(cType) ?? throw new NotSupportedException($"'{cType}' is not a Vulkan type");
        return type.Category switch
        {
            "enum" when _flagBitsToFlags.TryGetValue(type.Name, out string? flags) => Names.Type(flags),
            "enum" or "bitmask" or "handle" or "struct" or "union" => Names.Type(type.Name),
            "funcpointer" => FunctionPointer(type),
            "basetype" when Scalars.TryGetValue(type.Name, out string? basetype) => basetype,
            _ => throw new NotSupportedException($"'{cType}' ({type.Category}) has no C# mapping"),
        };
    }

    /// <summary>
    /// A <c>PFN_*</c> typedef as <c>delegate* unmanaged&lt;...&gt;</c> (<c>VKAPI_PTR</c> is the platform's C convention);
    /// <c>PFN_vkVoidFunction</c>, an address to cast, stays <c>nint</c>.
    /// </summary>
    private string FunctionPointer(TypeDef type)
    {
        string text = type.Text;
        int open = text.IndexOf("(VKAPI_PTR", StringComparison.Ordinal);
        string parameters = text[(text.IndexOf(")(", StringComparison.Ordinal) + 2)..text.LastIndexOf(')')].Trim();
        if (open < 0 || parameters is "" or "void") return "nint";
        List<string> types = parameters.Split(',').Select(CType).ToList();
        types.Add(CType(text["typedef".Length..open]));
        return "delegate* unmanaged<" + string.Join(", ", types) + ">";
    }

    /// <summary>A C declaration's type (<c>const VkFoo* pFoo</c>, <c>void*</c>) in C#.</summary>
    private string CType(string declaration)
    {
        int pointers = declaration.Count(c => c == '*');
        string[] words = declaration.Replace("*", " ", StringComparison.Ordinal).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w != "const").ToArray();
        string type = words[0];
        string value = type == "void" ? "void" : pointers > 0 ? Pointee(type) : Value(type);
        return value + new string('*', pointers);
    }

    /// <summary>What a raw pointer points at: a shape's <c>Native</c> twin, <c>byte</c> for <c>char</c>, or the value type.</summary>
    public string Pointee(string cType) => IsShape(cType) ? Value(cType) + ".Native" : Value(cType);

    /// <summary>A fixed array's length: a number or an API constant.</summary>
    public int FixedLength(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int length)) return length;
        EnumValue constant = _registry.Constants[text];
        while (constant.Alias is { } alias) constant = _registry.Constants[alias];
        return int.Parse(constant.Value!, CultureInfo.InvariantCulture);
    }

    /// <summary>The inline-array struct for <paramref name="length"/> elements of <paramref name="element"/>.</summary>
    public string InlineArray(string element, int length)
    {
        string name = ElementWord(element) + "Array" + length.ToString(CultureInfo.InvariantCulture);
        InlineArrays[name] = (element, length);
        return name;
    }

    private static string ElementWord(string element) => element switch
    {
        "byte" => "Byte", "sbyte" => "SByte", "ushort" => "UShort", "short" => "Short", "uint" => "UInt", "int" => "Int",
        "ulong" => "ULong", "long" => "Long", "float" => "Float", "double" => "Double", "nuint" => "NUInt", "nint" => "NInt",
        _ => element,
    };

    /// <summary>Every member of <paramref name="type"/> as its C# field, as a shape or as a blittable struct.</summary>
    public List<FieldPlan> PlanFields(TypeDef type) => PlanFields(type, IsShape(type.Name));

    private List<FieldPlan> PlanFields(TypeDef type, bool asShape)
    {
        Dictionary<string, Member> byName = type.Members.ToDictionary(m => m.Name, StringComparer.Ordinal);
        List<FieldPlan> plans = type.Members.Select(m => PlanField(type.Name, m, asShape, byName)).ToList();
        // A count that some array cannot take as its length (a raw pointer shares it) stays the user's to set for all of them.
        HashSet<string> rawCounts = new(plans.Where(p => p.Kind == FieldKind.Pointer && CountMember(p.Member, byName) is not null)
            .Select(p => CountMember(p.Member, byName)!.Name), StringComparer.Ordinal);
        for (int i = 0; i < plans.Count; i++)
        {
            if (plans[i].Kind is FieldKind.Array or FieldKind.StringArray && rawCounts.Contains(CountMember(plans[i].Member, byName)!.Name))
                plans[i] = RawPointer(plans[i].Member);
        }
        return plans;
    }

    private FieldPlan PlanField(string typeName, Member member, bool asShape, Dictionary<string, Member> byName)
    {
        string name = Names.Field(member);
        if (member.FixedLength is not null)
        {
            string element = Value(member.Type);
            int length = FixedLength(member.FixedLength);
            if (asShape && FixedArrays == FixedArrayForm.FixedLengthInShapes && member.Type == "char")
                return new FieldPlan(member, FieldKind.FixedString, "string?", name, FixedCount: length);
            if (asShape && FixedArrays == FixedArrayForm.FixedLengthInShapes && FixedLengthElements.Contains(element))
                return new FieldPlan(member, FieldKind.FixedArrayField, element + "[]?", name, FixedCount: length);
            return new FieldPlan(member, FieldKind.FixedArray, InlineArray(element, length), name);
        }
        if (member.Pointers == 0) return new FieldPlan(member, FieldKind.Value, Value(member.Type), name);
        if (member.Name == "pNext") return new FieldPlan(member, FieldKind.Chain, "void*", name);
        if (!asShape || !member.IsConst) return RawPointer(member);

        Member? count = CountMember(member, byName);
        bool keepWhenNull = count is not null && CountsWithOwnMeaning.Contains(typeName + "." + count.Name);
        bool nullTerminated = member.Len?.Split(',').Last() == "null-terminated";
        if (member.Type == "char" && member.Pointers == 1 && nullTerminated && member.Len == "null-terminated")
            return new FieldPlan(member, FieldKind.String, member.Optional ? "string?" : "string", name);
        if (member.Type == "char" && member.Pointers == 2 && nullTerminated && count is not null)
            return new FieldPlan(member, FieldKind.StringArray, "string[]?", name, Names.Field(count));
        if (member.Pointers != 1) return RawPointer(member);
        if (count is not null && IsCountType(count))
        {
            bool inBytes = member.AltLen is not null;
            if (inBytes && member.Type != "uint32_t") return RawPointer(member);
            string element = member.Type == "void" ? "byte" : Value(member.Type);
            return new FieldPlan(member, FieldKind.Array, element + "[]?", name, Names.Field(count), inBytes, KeepWhenNull: keepWhenNull);
        }
        if (member.Len is null && Resolve(member.Type) is { Category: "struct" } pointee && !_blittableOnly.Contains(pointee.Name))
            return new FieldPlan(member, FieldKind.OptionalShape, Value(member.Type) + "?", name);
        return RawPointer(member);
    }

    private FieldPlan RawPointer(Member member)
    {
        string pointee = member.Type == "void" ? "void" : Pointee(member.Type);
        return new FieldPlan(member, FieldKind.Pointer, pointee + new string('*', member.Pointers), Names.Field(member));
    }

    /// <summary>The member a pointer's <c>len</c> (or <c>altlen</c> "<c>codeSize / 4</c>") names as its count, if any.</summary>
    private static Member? CountMember(Member member, Dictionary<string, Member> byName)
    {
        string? len = member.AltLen is { } alt && alt.EndsWith(" / 4", StringComparison.Ordinal) ? alt[..^4] : member.Len?.Split(',')[0];
        return len is not null && byName.TryGetValue(len, out Member? count) && count.Pointers == 0 && count.FixedLength is null ? count : null;
    }

    private bool IsCountType(Member count) => Value(count.Type) is "byte" or "ushort" or "int" or "uint" or "long" or "ulong" or "nint" or "nuint";
}
