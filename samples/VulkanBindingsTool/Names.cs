using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace VulkanBindingsTool;

/// <summary>C names to C# names: <c>VkBufferCreateInfo</c> → <c>BufferCreateInfo</c>, <c>vkCreateBuffer</c> →
/// <c>CreateBuffer</c>, <c>VK_BUFFER_USAGE_TRANSFER_SRC_BIT</c> → <c>BufferUsageFlags.TransferSrc</c>.</summary>
public sealed class Names(IReadOnlyCollection<string> vendorTags)
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "base", "bool", "byte", "char", "checked", "class", "const", "decimal", "default", "delegate", "double", "event",
        "explicit", "extern", "false", "finally", "fixed", "float", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected", "public",
        "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string", "struct", "switch",
        "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void",
        "volatile", "while",
    };

    /// <summary><c>VkBufferCreateInfo</c> → <c>BufferCreateInfo</c>; flag bits take their flags type's name.</summary>
    public static string Type(string cName) => cName.StartsWith("Vk", StringComparison.Ordinal) ? cName[2..] : cName;

    /// <summary><c>vkCreateBuffer</c> → <c>CreateBuffer</c>.</summary>
    public static string Command(string cName) => cName[2..];

    /// <summary>A struct field: <c>sType</c> → <c>SType</c>, <c>pApplicationInfo</c> → <c>ApplicationInfo</c>, <c>pNext</c> stays <c>PNext</c>.</summary>
    public static string Field(Member member) => Upper(StripPointerPrefix(member));

    /// <summary>A parameter: <c>pCreateInfo</c> → <c>createInfo</c>, <c>event</c> → <c>@event</c>.</summary>
    public static string Parameter(Member member)
    {
        string name = StripPointerPrefix(member);
        name = char.ToLowerInvariant(name[0]) + name[1..];
        return Keywords.Contains(name) ? "@" + name : name;
    }

    private static string StripPointerPrefix(Member member)
    {
        if (member.Name == "pNext" || member.Pointers == 0) return member.Name;
        int ps = 0;
        while (ps < member.Name.Length && member.Name[ps] == 'p') ps++;
        return ps > 0 && ps < member.Name.Length && char.IsUpper(member.Name[ps]) ? member.Name[ps..] : member.Name;
    }

    private static string Upper(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    /// <summary>
    /// An enumeration value within its C# enumeration: the enumeration's prefix, the <c>_BIT</c> and the enumeration's
    /// own vendor suffix dropped, the rest in PascalCase (<c>VK_IMAGE_TYPE_2D</c> → <c>Type2D</c>: a name cannot start with a digit).
    /// </summary>
    public string EnumValue(string enumName, string valueName)
    {
        string bare = Type(enumName);
        string vendor = vendorTags.FirstOrDefault(t => bare.EndsWith(t, StringComparison.Ordinal)) ?? "";
        bare = bare[..^vendor.Length];
        string version = "";
        if (bare.EndsWith("FlagBits2", StringComparison.Ordinal)) { bare = bare[..^"FlagBits2".Length]; version = "_2"; }
        else if (bare.EndsWith("FlagBits", StringComparison.Ordinal)) bare = bare[..^"FlagBits".Length];
        string prefix = "VK_" + ScreamingSnake(bare) + version + "_";
        string name = valueName;
        if (vendor.Length > 0 && name.EndsWith("_" + vendor, StringComparison.Ordinal)) name = name[..^(vendor.Length + 1)];
        // _BIT goes, before another vendor's suffix too (VK_..._BIT_KHR in a core enumeration keeps its KHR).
        if (name.EndsWith("_BIT", StringComparison.Ordinal)) name = name[..^"_BIT".Length];
        else if (vendorTags.FirstOrDefault(t => name.EndsWith("_BIT_" + t, StringComparison.Ordinal)) is { } tag)
            name = name[..^("_BIT_".Length + tag.Length)] + "_" + tag;
        name = name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length ? name[prefix.Length..] : name["VK_".Length..];
        string pascal = Pascal(name);
        if (char.IsDigit(pascal[0])) pascal = LastWord(bare) + pascal;
        return pascal;
    }

    /// <summary>A constant: <c>VK_MAX_PHYSICAL_DEVICE_NAME_SIZE</c> → <c>MaxPhysicalDeviceNameSize</c>.</summary>
    public string Constant(string cName) => Pascal(cName["VK_".Length..]);

    private string Pascal(string screaming)
    {
        StringBuilder builder = new();
        string[] words = screaming.Split('_', StringSplitOptions.RemoveEmptyEntries);
        for (int w = 0; w < words.Length; w++)
        {
            string word = words[w];
            // A vendor suffix stays upper case (DebugUtilsMessengerCreateInfoEXT); inside a name it is a word (MesaLlvmpipe).
            if (w == words.Length - 1 && w > 0 && vendorTags.Contains(word)) { builder.Append(word); continue; }
            for (int i = 0; i < word.Length; i++)
            {
                char c = word[i];
                bool upper = i == 0 || (char.IsDigit(word[i - 1]) && char.IsUpper(c));
                builder.Append(upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }

    private static string ScreamingSnake(string pascal)
    {
        StringBuilder builder = new();
        for (int i = 0; i < pascal.Length; i++)
        {
            char c = pascal[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(pascal[i - 1]) || (i + 1 < pascal.Length && char.IsLower(pascal[i + 1]) && char.IsUpper(pascal[i - 1]))))
                builder.Append('_');
            builder.Append(char.ToUpperInvariant(c));
        }
        return builder.ToString();
    }

    private static string LastWord(string pascal)
    {
        int at = pascal.Length - 1;
        while (at > 0 && !char.IsUpper(pascal[at])) at--;
        return pascal[at..];
    }
}
