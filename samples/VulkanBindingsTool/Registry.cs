using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace VulkanBindingsTool;

/// <summary>One struct member or command parameter as vk.xml declares it.</summary>
/// <param name="Name">The C name (<c>pCreateInfo</c>).</param>
/// <param name="Type">The base C type (<c>VkBufferCreateInfo</c>, <c>uint32_t</c>, <c>char</c>).</param>
/// <param name="Pointers">How many <c>*</c> follow the type.</param>
/// <param name="IsConst">Whether the pointed-at data is <c>const</c>.</param>
/// <param name="FixedLength">The fixed array length (<c>[4]</c>, <c>[VK_UUID_SIZE]</c>) as written, or null.</param>
/// <param name="Len">The <c>len</c> attribute, or null.</param>
/// <param name="AltLen">The <c>altlen</c> attribute (a C expression for a <c>latexmath</c> length), or null.</param>
/// <param name="Optional">The <c>optional</c> attribute starts with true.</param>
/// <param name="BitField">A bit-field width (<c>: 8</c>), or null.</param>
/// <param name="Values">The value the member must hold (<c>sType</c>'s <c>VK_STRUCTURE_TYPE_...</c>), or null.</param>
public sealed record Member(string Name, string Type, int Pointers, bool IsConst, string? FixedLength, string? Len, string? AltLen,
    bool Optional, string? BitField, string? Values);

/// <summary>
/// A type of vk.xml's <c>types</c> block; <paramref name="Text"/> is its C text (for function pointer typedefs),
/// <paramref name="StructExtends"/> the heads its <c>structextends</c> attribute names.
/// </summary>
public sealed record TypeDef(string Name, string Category, string? Alias, bool ReturnedOnly, IReadOnlyList<Member> Members,
    string? Requires, string? BaseType, bool Dispatchable, string Text, IReadOnlyList<string> StructExtends)
{
    /// <summary>The <c>VK_STRUCTURE_TYPE_...</c> value its <c>sType</c> member must hold, or null.</summary>
    public string? StructureType => Members.FirstOrDefault(m => m.Name == "sType")?.Values;
}

/// <summary>A command: its return type and parameters.</summary>
public sealed record Command(string Name, string ReturnType, IReadOnlyList<Member> Parameters, string? Alias);

/// <summary>One value of an enumeration: numeric text or an alias of another value.</summary>
public sealed record EnumValue(string Name, string? Value, string? Alias);

/// <summary>An enumeration or bitmask's values (<c>enums</c> block plus what features and extensions add).</summary>
public sealed record EnumGroup(string Name, bool IsBitmask, bool Is64Bit, List<EnumValue> Values);

/// <summary>vk.xml read into records; only elements for the <c>vulkan</c> API.</summary>
public sealed class Registry
{
    private static readonly Regex FixedArray = new(@"\[([^\]]+)\]");

    public Dictionary<string, TypeDef> Types { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Command> Commands { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, EnumGroup> Enums { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, EnumValue> Constants { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> ConstantTypes { get; } = new(StringComparer.Ordinal);
    public List<string> VendorTags { get; } = new();
    public XElement Root { get; }

    public Registry(XDocument document)
    {
        Root = document.Root!;
        foreach (XElement tag in Root.Elements("tags").Elements("tag")) VendorTags.Add((string)tag.Attribute("name")!);
        foreach (XElement type in Root.Elements("types").Elements("type").Where(ForVulkan)) ReadType(type);
        foreach (XElement enums in Root.Elements("enums")) ReadEnums(enums);
        foreach (XElement command in Root.Elements("commands").Elements("command").Where(ForVulkan)) ReadCommand(command);
    }

    /// <summary>An element without an <c>api</c> attribute, or one that lists <c>vulkan</c>.</summary>
    public static bool ForVulkan(XElement element) =>
        element.Attribute("api") is not { } api || api.Value.Split(',').Contains("vulkan");

    private void ReadType(XElement type)
    {
        string category = (string?)type.Attribute("category") ?? "";
        string? name = (string?)type.Attribute("name") ?? (string?)type.Element("name");
        if (name is null) return;
        List<Member> members = type.Elements("member").Where(ForVulkan).Select(ReadMember).ToList();
        string? baseType = category is "basetype" or "bitmask" ? (string?)type.Element("type") : null;
        bool dispatchable = category == "handle" && (string?)type.Element("type") == "VK_DEFINE_HANDLE";
        Types[name] = new TypeDef(name, category, (string?)type.Attribute("alias"), (string?)type.Attribute("returnedonly") == "true",
            members, (string?)type.Attribute("requires") ?? (string?)type.Attribute("bitvalues"), baseType, dispatchable, type.Value,
            ((string?)type.Attribute("structextends"))?.Split(',') ?? []);
    }

    private void ReadEnums(XElement enums)
    {
        string name = (string)enums.Attribute("name")!;
        if (name == "API Constants")
        {
            foreach (XElement constant in enums.Elements("enum"))
            {
                string constantName = (string)constant.Attribute("name")!;
                Constants[constantName] = new EnumValue(constantName, (string?)constant.Attribute("value"), (string?)constant.Attribute("alias"));
                if ((string?)constant.Attribute("type") is { } type) ConstantTypes[constantName] = type;
            }
            return;
        }
        EnumGroup group = new(name, (string?)enums.Attribute("type") == "bitmask", (string?)enums.Attribute("bitwidth") == "64", new());
        foreach (XElement value in enums.Elements("enum").Where(ForVulkan)) group.Values.Add(ReadValue(value, null));
        Enums[name] = group;
    }

    /// <summary>An <c>enum</c> element's value: literal, bit position, extension offset or alias.</summary>
    public static EnumValue ReadValue(XElement value, int? extensionNumber)
    {
        string name = (string)value.Attribute("name")!;
        if ((string?)value.Attribute("alias") is { } alias) return new EnumValue(name, null, alias);
        if ((string?)value.Attribute("bitpos") is { } bitpos) return new EnumValue(name, "0x" + (1UL << int.Parse(bitpos)).ToString("X"), null);
        if ((string?)value.Attribute("offset") is { } offset)
        {
            int number = (int?)value.Attribute("extnumber") ?? extensionNumber ?? 0;
            long computed = 1000000000L + (number - 1) * 1000L + long.Parse(offset);
            return new EnumValue(name, ((string?)value.Attribute("dir") == "-" ? -computed : computed).ToString(), null);
        }
        return new EnumValue(name, (string?)value.Attribute("value"), null);
    }

    private void ReadCommand(XElement command)
    {
        if ((string?)command.Attribute("alias") is { } alias)
        {
            string name = (string)command.Attribute("name")!;
            Commands[name] = new Command(name, "", Array.Empty<Member>(), alias);
            return;
        }
        XElement proto = command.Element("proto")!;
        string commandName = (string)proto.Element("name")!;
        Commands[commandName] = new Command(commandName, (string)proto.Element("type")!,
            command.Elements("param").Where(ForVulkan).Select(ReadMember).ToList(), null);
    }

    private static Member ReadMember(XElement member)
    {
        string text = string.Concat(member.Nodes().Where(n => n is not XElement { Name.LocalName: "comment" })
            .Select(n => n is XElement e ? e.Value : ((XText)n).Value));
        string name = (string)member.Element("name")!;
        string type = (string)member.Element("type")!;
        int nameAt = text.LastIndexOf(name, StringComparison.Ordinal);
        string before = text[..nameAt], after = text[(nameAt + name.Length)..];
        Match fixedMatch = FixedArray.Match(after);
        string? bitField = after.TrimStart().StartsWith(':') ? after.Trim().TrimStart(':').Trim() : null;
        return new Member(name, type, before.Count(c => c == '*'), before.TrimStart().StartsWith("const", StringComparison.Ordinal),
            fixedMatch.Success ? fixedMatch.Groups[1].Value : null, (string?)member.Attribute("len"), (string?)member.Attribute("altlen"),
            ((string?)member.Attribute("optional"))?.StartsWith("true", StringComparison.Ordinal) == true, bitField, (string?)member.Attribute("values"));
    }
}
