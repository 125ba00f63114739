using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace VulkanBindingsTool;

/// <summary>Enumerations, flags (one C# enum per <c>VkXxxFlags</c>, holding the <c>VkXxxFlagBits</c> values), constants and handles.</summary>
public sealed class EnumEmitter(Registry registry, Selection selection, Names names)
{
    public IEnumerable<CodeFile> Emit()
    {
        HashSet<string> flagBits = new(registry.Types.Values.Where(t => t.Category == "bitmask" && t.Requires is not null).Select(t => t.Requires!), StringComparer.Ordinal);
        // Flag bits are declared under their flags type's name, below.
        foreach (TypeDef type in Selected("enum").Where(t => !flagBits.Contains(t.Name)))
            yield return Enumeration(type, Names.Type(type.Name), registry.Enums.GetValueOrDefault(type.Name), "int", flags: false);
        foreach (TypeDef type in Selected("bitmask"))
        {
            EnumGroup? bits = type.Requires is null ? null : registry.Enums.GetValueOrDefault(type.Requires);
            yield return Enumeration(type, Names.Type(type.Name), bits, type.BaseType == "VkFlags64" ? "ulong" : "uint", flags: true);
        }
        yield return ConstantsFile();
        yield return HandlesFile();
    }

    private IEnumerable<TypeDef> Selected(string category) =>
        selection.Types.Select(n => registry.Types[n]).Where(t => t.Category == category && t.Alias is null);

    private CodeFile Enumeration(TypeDef type, string name, EnumGroup? group, string underlying, bool flags)
    {
        CodeFile file = new(Path(flags ? "Flags" : "Enums", name), flags ? ["System"] : []);
        file.Line($"/// <summary>{type.Name}{(group is not null && group.Name != type.Name ? " (" + group.Name + ")" : "")}.</summary>");
        if (flags) file.Line("[Flags]");
        file.Open($"public enum {name}{(underlying == "int" ? "" : " : " + underlying)}");
        Dictionary<string, string> managed = new(StringComparer.Ordinal);
        HashSet<string> used = new(StringComparer.Ordinal);
        if (flags && (group is null || group.Values.All(v => v.Value != "0")))
        {
            file.Line("/// <summary>No flags.</summary>").Line("None = 0,");
            used.Add("None");
        }
        foreach (EnumValue value in group?.Values ?? [])
        {
            string valueName = names.EnumValue(group!.Name, value.Name);
            if (value.Alias is not null && !managed.ContainsKey(value.Alias)) continue;
            if (!used.Add(valueName)) continue;
            managed[value.Name] = valueName;
            file.Line($"/// <summary>{value.Name}.</summary>");
            file.Line($"{valueName} = {(value.Alias is not null ? managed[value.Alias] : Literal(value.Value!, underlying))},");
        }
        file.Close();
        return file;
    }

    private static string Literal(string value, string underlying) =>
        underlying == "int" || !value.StartsWith('-') ? value : "unchecked((" + underlying + ")" + value + ")";

    private CodeFile ConstantsFile()
    {
        CodeFile file = new("Constants.cs");
        file.Line("/// <summary>Vulkan's API constants (<c>VK_UUID_SIZE</c>, <c>VK_WHOLE_SIZE</c>, ...).</summary>");
        file.Open("public static class Constants");
        foreach ((string cName, EnumValue constant) in registry.Constants.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            EnumValue target = constant;
            while (target.Alias is { } alias) target = registry.Constants[alias];
            string type = registry.ConstantTypes.GetValueOrDefault(target.Name) switch { "uint64_t" => "ulong", "float" => "float", _ => "uint" };
            file.Line($"/// <summary>{cName}.</summary>");
            file.Line($"public const {type} {names.Constant(cName)} = {ConstantLiteral(target.Value!, type)};");
        }
        file.Close();
        return file;
    }

    private static string ConstantLiteral(string value, string type)
    {
        if (value.StartsWith("(~", StringComparison.Ordinal))
        {
            string digits = new(value.Where(char.IsDigit).ToArray());
            return type == "ulong" ? $"~{digits}UL" : $"~{digits}U";
        }
        if (type == "float") return float.Parse(value.TrimEnd('F', 'f'), CultureInfo.InvariantCulture).ToString("0.0###", CultureInfo.InvariantCulture) + "f";
        return value;
    }

    private CodeFile HandlesFile()
    {
        CodeFile file = new("Handles.cs");
        bool first = true;
        foreach (TypeDef type in Selected("handle"))
        {
            if (!first) file.Gap();
            first = false;
            string raw = type.Dispatchable ? "nint" : "ulong";
            string kind = type.Dispatchable ? "a dispatchable handle (a pointer)" : "a non-dispatchable handle (64 bits on every platform)";
            file.Line($"/// <summary>{type.Name}: {kind}.</summary>");
            file.Line("/// <param name=\"Handle\">The raw handle; zero is VK_NULL_HANDLE.</param>");
            file.Open($"public readonly record struct {Names.Type(type.Name)}({raw} Handle)");
            file.Line("/// <summary>True for VK_NULL_HANDLE.</summary>");
            file.Line("public bool IsNull => Handle == 0;");
            file.Close();
        }
        return file;
    }

    private static string Path(string folder, string name) => folder + "/" + name + ".cs";
}
