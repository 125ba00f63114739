using System.Collections.Generic;
using System.Linq;

namespace VulkanBindingsTool;

/// <summary>
/// For each two-call enumeration (<c>vkEnumeratePhysicalDevices(instance, &amp;count, NULL)</c>, then again with an array),
/// a second declaration beside the command that makes both calls and returns every item, asking again while Vulkan
/// answers <c>VK_INCOMPLETE</c>: an <c>[ArenaEnumerated] out T[]</c> stub (the result array is the only managed
/// allocation), and a third declaration that fills the caller's <c>ArenaLease</c> instead (<c>out Span&lt;T&gt;</c>: no
/// managed allocation at all). Items with an <c>sType</c> must be tagged before the fill call, which
/// <c>[ArenaEnumerated]</c> does not do, so those get a hand-rolled array helper here instead.
/// </summary>
public sealed class EnumerationHelpers(TypeMap map, Names names)
{
    public IEnumerable<string> Helper(Command command, List<Member> leading, List<string> leadingDeclarations, Member count, Member items, bool exported)
    {
        string name = Names.Command(command.Name);
        string element = items.Type == "void" ? "byte" : map.Value(items.Type);
        string countType = map.Value(count.Type);
        string itemsName = Names.Parameter(items);
        string arguments = string.Join("", leading.Select(p => Names.Parameter(p) + ", "));
        string modifier = exported ? "static " : "";
        string? tag = map.Resolve(items.Type)?.Members.FirstOrDefault(m => m.Name == "sType")?.Values;
        string tagLine = tag is null ? "" : $"for (int i = 0; i < {itemsName}.Length; i++) {itemsName}[i].SType = StructureType.{names.EnumValue("VkStructureType", tag)};";
        string summary = $"/// <summary>{command.Name}, both calls: every item{(command.ReturnType == "VkResult" ? ", asked again while the count changes (<c>VK_INCOMPLETE</c>)" : "")}.</summary>";
        if (tag is null)
        {
            string options = (countType == "uint" ? "" : $", CountType = typeof({countType})") + (command.ReturnType == "VkResult" ? ", IncompleteResult = Result.Incomplete" : "");
            string enumerated = $"[ArenaEnumerated({leading.Count}{options})] out {element}[] {itemsName}";
            string attribute = exported ? $"[ArenaMarshal(\"vulkan\", EntryPoint = \"{command.Name}\")]" : $"[ArenaMarshal(EntryPoint = \"{command.Name}\")]";
            yield return summary;
            yield return attribute;
            yield return $"public {modifier}partial {map.Value(command.ReturnType)} {name}({string.Join(", ", leadingDeclarations.Append(enumerated))});";
            yield return "";
            string leased = $"[ArenaEnumerated({leading.Count}{options})] out Span<{element}> {itemsName}";
            yield return $"/// <summary>{command.Name}, both calls into <paramref name=\"lease\"/>: every item, valid until the lease is disposed.</summary>";
            yield return attribute;
            yield return $"public {modifier}partial {map.Value(command.ReturnType)} {name}({string.Join(", ", leadingDeclarations.Append("ArenaLease lease").Append(leased))});";
        }
        else if (command.ReturnType == "VkResult")
        {
            string parameters = string.Join(", ", leadingDeclarations.Append($"out {element}[] {itemsName}"));
            yield return summary;
            yield return $"public {modifier}Result {name}({parameters})";
            yield return "{";
            yield return "    while (true)";
            yield return "    {";
            yield return $"        {countType} count = 0;";
            yield return $"        Result result = {name}({arguments}ref count, default);";
            yield return "        if (result < 0)";
            yield return "        {";
            yield return $"            {itemsName} = [];";
            yield return "            return result;";
            yield return "        }";
            yield return $"        {itemsName} = new {element}[count];";
            if (tag is not null) yield return "        " + tagLine;
            yield return $"        result = {name}({arguments}ref count, {itemsName});";
            yield return "        if (result == Result.Incomplete) continue;";
            yield return $"        if (count < ({countType}){itemsName}.Length) {itemsName} = {itemsName}[..(int)count];";
            yield return "        return result;";
            yield return "    }";
            yield return "}";
        }
        else
        {
            yield return summary;
            yield return $"public {modifier}{element}[] {name}({string.Join(", ", leadingDeclarations)})";
            yield return "{";
            yield return $"    {countType} count = 0;";
            yield return $"    {name}({arguments}ref count, default);";
            yield return $"    {element}[] {itemsName} = new {element}[count];";
            if (tag is not null) yield return "    " + tagLine;
            yield return $"    {name}({arguments}ref count, {itemsName});";
            yield return $"    return count < ({countType}){itemsName}.Length ? {itemsName}[..(int)count] : {itemsName};";
            yield return "}";
        }
    }
}
