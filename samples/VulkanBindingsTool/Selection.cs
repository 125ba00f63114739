using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace VulkanBindingsTool;

/// <summary>
/// What the bindings cover: the types and commands the chosen features and extensions require, the types those
/// reach, and the enumeration values the features and extensions add to existing enumerations.
/// </summary>
public sealed class Selection
{
    /// <summary>The core versions the bindings cover.</summary>
    public static readonly string[] Features = ["VK_VERSION_1_0", "VK_VERSION_1_1", "VK_VERSION_1_2", "VK_VERSION_1_3"];

    /// <summary>The extensions the bindings cover: the ones the sample uses.</summary>
    public static readonly string[] Extensions = ["VK_EXT_debug_utils", "VK_EXT_validation_features"];

    public Registry Registry { get; }

    /// <summary>Types and commands the core features require by name (what the coverage counts).</summary>
    public SortedSet<string> CoreTypes { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> CoreCommands { get; } = new(StringComparer.Ordinal);

    /// <summary>Everything emitted: the core and extension requirements and every type they reach.</summary>
    public SortedSet<string> Types { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> Commands { get; } = new(StringComparer.Ordinal);

    /// <summary>Where each command comes from (<c>VK_VERSION_1_0</c>, <c>VK_EXT_debug_utils</c>).</summary>
    public Dictionary<string, string> Origin { get; } = new(StringComparer.Ordinal);

    public Selection(Registry registry)
    {
        Registry = registry;
        HashSet<string> enabled = new(Features.Concat(Extensions), StringComparer.Ordinal);
        foreach (string feature in Features)
        {
            XElement element = registry.Root.Elements("feature").Single(f => (string?)f.Attribute("name") == feature);
            Require(element, null, enabled, core: true);
        }
        foreach (string extension in Extensions)
        {
            XElement element = registry.Root.Elements("extensions").Elements("extension").Single(e => (string?)e.Attribute("name") == extension);
            Require(element, (int)element.Attribute("number")!, enabled, core: false);
        }
        foreach (string command in Commands.ToList()) foreach (Member parameter in registry.Commands[command].Parameters) Reach(parameter.Type);
        foreach (string type in Types.ToList()) Reach(type);
    }

    private void Require(XElement block, int? extensionNumber, HashSet<string> enabled, bool core)
    {
        string origin = (string)block.Attribute("name")!;
        foreach (XElement require in block.Elements("require").Where(Registry.ForVulkan))
        {
            string? condition = (string?)require.Attribute("feature") ?? (string?)require.Attribute("extension") ?? (string?)require.Attribute("depends");
            if (condition is not null && !condition.Split(',', '+').All(enabled.Contains)) continue;
            foreach (XElement type in require.Elements("type"))
            {
                string name = (string)type.Attribute("name")!;
                Types.Add(name);
                if (core) CoreTypes.Add(name);
            }
            foreach (XElement command in require.Elements("command"))
            {
                string name = (string)command.Attribute("name")!;
                Commands.Add(name);
                Origin.TryAdd(name, origin);
                if (core) CoreCommands.Add(name);
            }
            foreach (XElement value in require.Elements("enum").Where(Registry.ForVulkan))
            {
                if ((string?)value.Attribute("extends") is not { } extends || !Registry.Enums.TryGetValue(extends, out EnumGroup? group)) continue;
                EnumValue read = Registry.ReadValue(value, extensionNumber);
                if (group.Values.All(v => v.Name != read.Name)) group.Values.Add(read);
            }
        }
    }

    /// <summary>Adds a type and everything its members, alias and flag bits lead to.</summary>
    private void Reach(string name)
    {
        if (!Registry.Types.TryGetValue(name, out TypeDef? type)) return;
        Types.Add(name);
        foreach (string next in Leads(type))
        {
            if (Registry.Types.ContainsKey(next) && Types.Add(next)) Reach(next);
        }
    }

    private static IEnumerable<string> Leads(TypeDef type)
    {
        if (type.Alias is not null) yield return type.Alias;
        if (type.Requires is not null) yield return type.Requires;
        foreach (Member member in type.Members) yield return member.Type;
    }
}
