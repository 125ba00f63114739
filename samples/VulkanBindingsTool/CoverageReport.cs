using System;
using System.Collections.Generic;
using System.Linq;

namespace VulkanBindingsTool;

/// <summary>
/// Counts of what the bindings cover: the core structs, unions and commands of Vulkan 1.0–1.3 (everything the four
/// <c>feature</c> blocks require by name), how each was declared, and every one left out with its reason.
/// </summary>
public sealed class CoverageReport(BindingsGenerator bindings)
{
    /// <summary>The report as <c>Coverage.cs</c>, a constant the bindings carry.</summary>
    public CodeFile Emit()
    {
        List<string> lines = Lines();
        CodeFile file = new("Coverage.cs");
        file.Line("/// <summary>What the generated bindings cover, counted by the tool that wrote them.</summary>");
        file.Open("public static class Coverage");
        file.Line("/// <summary>The report, one line per count.</summary>");
        file.Line("public const string Report =");
        for (int i = 0; i < lines.Count; i++) file.Line($"    \"{lines[i]}\\n\"{(i == lines.Count - 1 ? ";" : " +")}");
        file.Close();
        return file;
    }

    /// <summary>The report's lines.</summary>
    public List<string> Lines()
    {
        Registry registry = bindings.Registry;
        Selection selection = bindings.Selection;
        List<TypeDef> coreStructs = selection.CoreTypes.Select(n => registry.Types[n]).Where(t => t.Category is "struct" or "union").ToList();
        List<Command> coreCommands = selection.CoreCommands.Select(n => registry.Commands[n]).ToList();
        List<string> lines =
        [
            "Coverage of the Vulkan 1.0-1.3 core (the types and commands VK_VERSION_1_0..VK_VERSION_1_3 require by name).",
            "",
            $"core structs and unions: {coreStructs.Count} ({coreStructs.Count(t => t.Category == "struct")} structs, {coreStructs.Count(t => t.Category == "union")} unions; {coreStructs.Count(t => t.Alias is not null)} of them aliases)",
        ];
        foreach (IGrouping<string, TypeDef> group in coreStructs.GroupBy(StructForm).OrderBy(g => g.Key, StringComparer.Ordinal))
            lines.Add($"  {group.Key}: {group.Count()}");
        lines.Add($"core commands: {coreCommands.Count}");
        foreach (IGrouping<string, Command> group in coreCommands.GroupBy(CommandForm).OrderBy(g => g.Key, StringComparer.Ordinal))
            lines.Add($"  {group.Key}: {group.Count()}");
        lines.Add("parameter forms over every declared command:");
        foreach ((string form, int count) in bindings.Commands.ParameterForms) lines.Add($"  {form}: {count}");
        lines.Add($"all selected (core + {string.Join(", ", Selection.Extensions)} + the types they reach): " +
            $"{selection.Types.Count(t => registry.Types[t].Category is "struct" or "union")} structs and unions, {selection.Commands.Count} commands");
        List<TypeDef> selected = selection.Types.Select(n => registry.Types[n]).Where(t => t.Alias is null && t.Category == "struct").ToList();
        List<TypeDef> typed = selected.Where(t => bindings.Map.IsStructureTyped(t.Name)).ToList();
        List<(TypeDef Link, string Head)> skipped = bindings.Map.SkippedHeads().ToList();
        lines.Add("structure chains over every selected struct:");
        lines.Add($"  shapes with a structure type ([ArenaStructureType]): {typed.Count}");
        lines.Add($"  links ([ArenaExtends]): {typed.Count(t => bindings.Map.Heads(t).Any())}, naming {typed.Sum(t => bindings.Map.Heads(t).Count())} link-head pairs");
        lines.Add($"  heads (some link extends them): {typed.Count(t => bindings.Map.IsChainHead(t.Name))}");
        lines.Add($"  structs with an sType value left blittable (items of arrays a command fills; SType/PNext set by hand): {selected.Count(t => t.StructureType is not null && !bindings.Map.IsShape(t.Name))}");
        lines.Add($"  heads not named in [ArenaExtends] (not selected, or not a structure-typed shape): {skipped.Count} pairs, {skipped.Select(s => s.Head).Distinct().Count()} heads");
        foreach ((TypeDef link, string head) in skipped)
            lines.Add($"    {link.Name} -> {head}: {(selection.Types.Contains(head) ? "a blittable struct (items of an array a command fills)" : "not selected")}");
        lines.Add($"  commands generic over a chain (in TChain / ref TChain): {bindings.Commands.ChainCommands.Count}");
        lines.Add($"  commands taking a head plainly (they also enumerate, and the enumeration helper is not generic): {bindings.Commands.ChainsLeftPlain.Count}");
        lines.Add("");
        lines.Add("Not generated:");
        foreach ((string name, string reason) in bindings.Map.Unsupported.Concat(bindings.Commands.Unsupported).OrderBy(p => p.Key, StringComparer.Ordinal))
            lines.Add($"  {name}: {reason}");
        return lines;
    }

    private string StructForm(TypeDef type) =>
        type.Alias is not null ? "aliases (not declared: C# has no type aliases; the target is)"
        : bindings.Map.Unsupported.ContainsKey(type.Name) ? "not generated"
        : type.Category == "union" ? "unions (explicit layout)"
        : bindings.Map.IsShape(type.Name) ? "[ArenaStruct] shapes"
        : "blittable structs";

    private string CommandForm(Command command) =>
        bindings.Commands.Tables.TryGetValue(command.Name, out string? table) ? "[ArenaMarshal] in " + table
        : "not generated";
}
