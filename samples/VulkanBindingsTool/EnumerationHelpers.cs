using System.Collections.Generic;
using System.Linq;

namespace VulkanBindingsTool;

/// <summary>
/// For each two-call enumeration (<c>vkEnumeratePhysicalDevices(instance, &amp;count, NULL)</c>, then again with an array),
/// two declarations beside the command that make both calls and return every item, asking again while Vulkan answers
/// <c>VK_INCOMPLETE</c>: an <c>[ArenaEnumerated] out T[]</c> stub (the result array is the only managed allocation),
/// and one that fills the caller's <c>ArenaLease</c> instead (<c>out Span&lt;T&gt;</c>: no managed allocation at all).
/// Items with an <c>sType</c> (<c>VkQueueFamilyProperties2</c>) are tagged before the fill call (<c>ItemTag</c>).
/// </summary>
public sealed class EnumerationHelpers(TypeMap map, Names names)
{
    public IEnumerable<string> Helper(Command command, List<Member> leading, List<string> leadingDeclarations, Member count, Member items, bool exported)
    {
        string name = Names.Command(command.Name);
        string element = items.Type == "void" ? "byte" : map.Value(items.Type);
        string countType = map.Value(count.Type);
        string itemsName = Names.Parameter(items);
        string modifier = exported ? "static " : "";
        string? tag = map.Resolve(items.Type)?.Members.FirstOrDefault(m => m.Name == "sType")?.Values;
        string options = (countType == "uint" ? "" : $", CountType = typeof({countType})")
            + (command.ReturnType == "VkResult" ? ", IncompleteResult = Result.Incomplete" : "")
            + (tag is null ? "" : $", ItemTag = StructureType.{names.EnumValue("VkStructureType", tag)}");
        string attribute = exported ? $"[ArenaMarshal(\"vulkan\", EntryPoint = \"{command.Name}\")]" : $"[ArenaMarshal(EntryPoint = \"{command.Name}\")]";
        string returnType = map.Value(command.ReturnType);
        yield return $"/// <summary>{command.Name}, both calls: every item{(command.ReturnType == "VkResult" ? ", asked again while the count changes (<c>VK_INCOMPLETE</c>)" : "")}.</summary>";
        yield return attribute;
        yield return $"public {modifier}partial {returnType} {name}({string.Join(", ", leadingDeclarations.Append($"[ArenaEnumerated({leading.Count}{options})] out {element}[] {itemsName}"))});";
        yield return "";
        yield return $"/// <summary>{command.Name}, both calls into <paramref name=\"lease\"/>: every item, valid until the lease is disposed.</summary>";
        yield return attribute;
        yield return $"public {modifier}partial {returnType} {name}({string.Join(", ", leadingDeclarations.Append("ArenaLease lease").Append($"[ArenaEnumerated({leading.Count}{options})] out Span<{element}> {itemsName}"))});";
    }
}
