using System;
using System.Collections.Generic;
using System.Linq;

namespace VulkanBindingsTool;

/// <summary>Structs as <c>[ArenaStruct]</c> shapes or blittable structs, unions with explicit layout, and the inline arrays they use.</summary>
public sealed class StructEmitter(Registry registry, Selection selection, TypeMap map, Names names)
{
    public IEnumerable<CodeFile> Emit()
    {
        foreach (string name in selection.Types)
        {
            TypeDef type = registry.Types[name];
            if (type.Category is not ("struct" or "union") || type.Alias is not null || map.Unsupported.ContainsKey(name)) continue;
            CodeFile? file = null;
            try
            {
                file = type.Category == "union" ? Union(type) : map.IsShape(name) ? Shape(type) : Blittable(type);
            }
            catch (NotSupportedException e)
            {
                map.Unsupported[name] = e.Message;
            }
            if (file is not null) yield return file;
        }
    }

    private CodeFile Shape(TypeDef type)
    {
        CodeFile file = new("Shapes/" + Names.Type(type.Name) + ".cs", "ParamArena");
        file.Line($"/// <summary>{type.Name}.</summary>");
        file.Line("[ArenaStruct]");
        bool structureTyped = map.IsStructureTyped(type.Name);
        if (structureTyped) file.Line($"[ArenaStructureType(StructureType.{names.EnumValue("VkStructureType", type.StructureType!)})]");
        List<TypeDef> heads = map.Heads(type).ToList();
        if (heads.Count > 0) file.Line($"[ArenaExtends({string.Join(", ", heads.Select(h => $"typeof({Names.Type(h.Name)})"))})]");
        file.Open($"public unsafe partial struct {Names.Type(type.Name)}");
        foreach (FieldPlan field in map.PlanFields(type))
        {
            // Staging writes the tag from [ArenaStructureType] and the next pointer from the chain.
            if (structureTyped && field.Member.Name is "sType" or "pNext") continue;
            if (field.CountField is not null)
                file.Line($"[ArenaCount(nameof({field.CountField}){(field.CountInBytes ? ", InBytes = true" : "")}{(field.KeepWhenNull ? ", KeepWhenNull = true" : "")})]");
            if (field.FixedCount is { } length) file.Line($"[ArenaFixedLength({length})]");
            file.Line($"public {field.Type} {field.Name};");
        }
        file.Close();
        return file;
    }

    private CodeFile Blittable(TypeDef type)
    {
        CodeFile file = new("Structs/" + Names.Type(type.Name) + ".cs");
        file.Line($"/// <summary>{type.Name}.</summary>");
        file.Open($"public unsafe struct {Names.Type(type.Name)}");
        foreach (FieldPlan field in map.PlanFields(type)) file.Line($"public {field.Type} {field.Name};");
        file.Close();
        return file;
    }

    private CodeFile Union(TypeDef type)
    {
        CodeFile file = new("Unions/" + Names.Type(type.Name) + ".cs", "System.Runtime.InteropServices");
        file.Line($"/// <summary>{type.Name}: a C union, every member at offset 0.</summary>");
        file.Line("[StructLayout(LayoutKind.Explicit)]");
        file.Open($"public unsafe struct {Names.Type(type.Name)}");
        foreach (FieldPlan field in map.PlanFields(type)) file.Line($"[FieldOffset(0)] public {field.Type} {field.Name};");
        file.Close();
        return file;
    }

    /// <summary>Every inline array the structs and commands use; last, once they are all known.</summary>
    public CodeFile InlineArrays()
    {
        CodeFile file = new("InlineArrays.cs", "System.Runtime.CompilerServices");
        bool first = true;
        foreach ((string name, (string element, int length)) in map.InlineArrays)
        {
            if (!first) file.Gap();
            first = false;
            file.Line($"/// <summary>{length} inline <c>{element}</c> values: a fixed-size C array.</summary>");
            file.Line($"[InlineArray({length})]");
            file.Open($"public struct {name}");
            file.Line($"private {element} _element0;");
            file.Close();
        }
        return file;
    }
}
