using System;
using System.Collections.Generic;
using System.Linq;

namespace VulkanBindingsTool;

/// <summary>
/// <c>[ArenaMarshal]</c> declarations: global commands export-bound in <c>Vk</c>, the rest on the instance-level or
/// device-level function table by their dispatch handle (<c>VkInstance</c>/<c>VkPhysicalDevice</c> or
/// <c>VkDevice</c>/<c>VkQueue</c>/<c>VkCommandBuffer</c>).
/// </summary>
public sealed class CommandEmitter(Registry registry, Selection selection, TypeMap map, Names names)
{
    private readonly EnumerationHelpers _enumerations = new(map, names);

    /// <summary>Commands the loader exports and that are needed before any table exists.</summary>
    private static readonly HashSet<string> Exported = new(StringComparer.Ordinal)
    {
        "vkCreateInstance", "vkEnumerateInstanceVersion", "vkEnumerateInstanceExtensionProperties", "vkEnumerateInstanceLayerProperties",
        "vkGetInstanceProcAddr", "vkGetDeviceProcAddr",
    };

    /// <summary>The loaders pass a function's name as a staged NUL-terminated literal: these take it as a pointer.</summary>
    private static readonly HashSet<string> NameAsPointer = new(StringComparer.Ordinal) { "vkGetInstanceProcAddr", "vkGetDeviceProcAddr" };

    /// <summary>Why a command could not be declared, for the ones that could not.</summary>
    public Dictionary<string, string> Unsupported { get; } = new(StringComparer.Ordinal);

    /// <summary>How many parameters took each declaration form, over every declared command.</summary>
    public SortedDictionary<string, int> ParameterForms { get; } = new(StringComparer.Ordinal);

    /// <summary>Commands declared generic over a chain (<c>in TChain</c>/<c>ref TChain</c>), and chain heads left plain because the command also enumerates.</summary>
    public SortedSet<string> ChainCommands { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> ChainsLeftPlain { get; } = new(StringComparer.Ordinal);

    /// <summary>The chain type parameters of the command being declared: name and head.</summary>
    private readonly List<(string Name, string Head)> _chains = new();

    /// <summary>The command's output shapes read back (<c>out T</c>), each with its raw form (<c>T.Native*</c>).</summary>
    private readonly Dictionary<string, string> _rawOutputs = new(StringComparer.Ordinal);

    /// <summary>The table each command went to (<c>Vk</c>, <c>InstanceCommands</c>, <c>DeviceCommands</c>).</summary>
    public Dictionary<string, string> Tables { get; } = new(StringComparer.Ordinal);

    public IEnumerable<CodeFile> Emit()
    {
        CodeFile vk = new("Commands/Vk.cs", "System", "ParamArena");
        vk.Line("/// <summary>The global commands, exported by the Vulkan loader (<c>\"vulkan\"</c>, see <c>VulkanLibrary</c>).</summary>");
        vk.Open("public static unsafe partial class Vk");
        CodeFile instance = Table("InstanceCommands", "instance-level commands, loaded with <c>vkGetInstanceProcAddr</c> for one instance");
        CodeFile device = Table("DeviceCommands", "device-level commands, loaded with <c>vkGetDeviceProcAddr</c> for one device");
        Dictionary<CodeFile, bool> first = new() { [vk] = true, [instance] = true, [device] = true };
        foreach (string name in selection.Commands)
        {
            Command command = registry.Commands[name];
            if (command.Alias is not null) { Unsupported[name] = "an alias (C# has no method aliases; the target is declared)"; continue; }
            (CodeFile file, string table) = Exported.Contains(name) ? (vk, "Vk")
                : command.Parameters[0].Type is "VkInstance" or "VkPhysicalDevice" ? (instance, "InstanceCommands")
                : command.Parameters[0].Type is "VkDevice" or "VkQueue" or "VkCommandBuffer" ? (device, "DeviceCommands")
                : (vk, "Vk");
            string[] lines;
            try
            {
                lines = Declaration(command, table == "Vk");
            }
            catch (NotSupportedException e)
            {
                Unsupported[name] = e.Message;
                continue;
            }
            if (!first[file]) file.Gap();
            first[file] = false;
            foreach (string line in lines) file.Line(line);
            Tables[name] = table;
        }
        foreach (CodeFile file in new[] { vk, instance, device }) yield return file.Close();
    }

    private string Form(string form, string declaration)
    {
        Count(form);
        return declaration;
    }

    private void Count(string form) => ParameterForms[form] = ParameterForms.GetValueOrDefault(form) + 1;

    private static CodeFile Table(string name, string what)
    {
        CodeFile file = new("Commands/" + name + ".cs", "System", "ParamArena");
        file.Line($"/// <summary>The {what}.</summary>");
        file.Line("[ArenaFunctionTable]");
        file.Open($"public sealed unsafe partial class {name}");
        return file;
    }

    private string[] Declaration(Command command, bool exported)
    {
        IReadOnlyList<Member> parameters = command.Parameters;
        Dictionary<string, int> indexOf = parameters.Select((p, i) => (p.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        // Arrays by the parameter that counts them; a count used by exactly one array travels with it (ArenaCountParameter).
        Dictionary<string, List<Member>> arraysByCount = new(StringComparer.Ordinal);
        foreach (Member p in parameters)
        {
            if (p.Len?.Split(',')[0] is { } len && indexOf.ContainsKey(len))
            {
                if (!arraysByCount.TryGetValue(len, out List<Member>? list)) arraysByCount[len] = list = new();
                list.Add(p);
            }
        }
        List<string> declared = new();
        _chains.Clear();
        _rawOutputs.Clear();
        bool enumerates = Enumeration(parameters) is not null;
        foreach (Member p in parameters)
        {
            if (arraysByCount.TryGetValue(p.Name, out List<Member>? counted))
            {
                if (p.Pointers == 1) { declared.Add(Form("enumeration count (ref)", $"ref {map.Value(p.Type)} {Names.Parameter(p)}")); continue; }
                if (CarriedBy(p, counted) is not null) { Count("count carried by its array ([ArenaCountParameter])"); continue; }
                declared.Add(Form("count shared by several arrays (explicit; lengths not checked)", $"{map.Value(p.Type)} {Names.Parameter(p)}"));
                continue;
            }
            declared.Add(Parameter(command, p, parameters, indexOf, arraysByCount, chainsAllowed: !enumerates));
        }
        string typeParameters = "", constraints = "";
        if (_chains.Count > 0)
        {
            ChainCommands.Add(command.Name);
            typeParameters = "<" + string.Join(", ", _chains.Select(c => c.Name)) + ">";
            constraints = string.Concat(_chains.Select(c => $" where {c.Name} : struct, IArenaChain<{c.Name}, {c.Head}>"));
        }
        string attribute = exported
            ? $"[ArenaMarshal(\"vulkan\", EntryPoint = \"{command.Name}\")]"
            : $"[ArenaMarshal(EntryPoint = \"{command.Name}\")]";
        string returnType = map.Value(command.ReturnType);
        List<string> lines =
        [
            $"/// <summary>{command.Name} ({selection.Origin[command.Name]}).</summary>",
            attribute,
            $"public {(exported ? "static " : "")}partial {returnType} {Names.Command(command.Name)}{typeParameters}({string.Join(", ", declared)}){constraints};",
        ];
        if (_rawOutputs.Count > 0)
        {
            // Reading a shape back makes managed strings and arrays; the raw form leaves the native struct to the caller.
            Count("output shape, raw second declaration (T.Native*, nothing read back)");
            lines.Add("");
            lines.Add($"/// <summary>{command.Name}, written into the shape's native struct: nothing is read back, nothing allocated.</summary>");
            lines.Add(attribute);
            lines.Add($"public {(exported ? "static " : "")}partial {returnType} {Names.Command(command.Name)}{typeParameters}({string.Join(", ", declared.Select(d => _rawOutputs.GetValueOrDefault(d, d)))}){constraints};");
        }
        if (Enumeration(parameters) is { } items)
        {
            Count("enumeration, both calls in one ([ArenaEnumerated] out T[] and out Span<T> into a lease; sType-tagged items with ItemTag)");
            lines.Add("");
            lines.AddRange(_enumerations.Helper(command, parameters.Take(parameters.Count - 2).ToList(), declared.Take(declared.Count - 2).ToList(),
                parameters[^2], items, exported));
        }
        return lines.ToArray();
    }

    /// <summary>The array a two-call enumeration fills (<c>uint32_t* pCount, T* pItems</c> last), or null.</summary>
    private static Member? Enumeration(IReadOnlyList<Member> parameters) =>
        parameters.Count >= 2 && parameters[^1] is { Pointers: 1, IsConst: false } items && items.Len == parameters[^2].Name && parameters[^2].Pointers == 1
            ? items : null;

    /// <summary>The one array that carries its by-value count, or null when the count is shared or not a length.</summary>
    private Member? CarriedBy(Member count, List<Member> arrays) =>
        arrays.Count == 1 && count.Pointers == 0 && arrays[0].Pointers == 1 && arrays[0].Type != "char"
        && map.Value(count.Type) is "uint" or "ulong" or "nuint" && (arrays[0].IsConst || !map.IsShape(arrays[0].Type))
            ? arrays[0] : null;

    private string Parameter(Command command, Member p, IReadOnlyList<Member> parameters, Dictionary<string, int> indexOf, Dictionary<string, List<Member>> arraysByCount, bool chainsAllowed)
    {
        string name = Names.Parameter(p);
        if (p.Pointers == 1 && p.Len is null && !(p.IsConst && p.Optional) && map.IsChainHead(p.Type))
        {
            if (chainsAllowed)
            {
                // A head alone is a chain of length 0, so one generic declaration serves both.
                string chain = "TChain" + (_chains.Count == 0 ? "" : (_chains.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                _chains.Add((chain, map.Value(p.Type)));
                return p.IsConst ? Form("chain (in TChain)", $"in {chain} {name}") : Form("output chain, read back (ref TChain)", $"ref {chain} {name}");
            }
            ChainsLeftPlain.Add(command.Name);
        }
        if (p.FixedLength is not null) return Form("fixed array (in inline array)", $"in {map.InlineArray(map.Value(p.Type), map.FixedLength(p.FixedLength))} {name}");
        if (p.Pointers == 0) return Form("value", $"{map.Value(p.Type)} {name}");
        if (p.Type == "char" && p.Pointers == 1 && p.IsConst)
            return NameAsPointer.Contains(command.Name) ? Form("name as byte* (loaders)", $"byte* {name}") : Form("string", $"string{(p.Optional ? "?" : "")} {name}");
        string element = p.Type == "void" ? "byte" : map.Value(p.Type);
        if (p.Len is not null && p.Pointers == 1)
        {
            string len = p.Len.Split(',')[0];
            string carried = "";
            if (indexOf.TryGetValue(len, out int countIndex) && CarriedBy(parameters[countIndex], arraysByCount[len]) == p)
                carried = $"[ArenaCountParameter({countIndex}, CountType = typeof({map.Value(parameters[countIndex].Type)}))] ";
            string how = carried.Length > 0 ? "with its count" : indexOf.ContainsKey(len) ? "count explicit" : "count in a struct field";
            if (p.IsConst) return Form($"input array, {how} ({(map.IsShape(p.Type) ? "ReadOnlySpan of shapes" : "ReadOnlySpan")})", $"{carried}ReadOnlySpan<{element}> {name}");
            if (!map.IsShape(p.Type)) return Form($"output array, {how} (Span)", $"{carried}Span<{element}> {name}");
            return Form("output array of shapes (Native*)", $"{map.Pointee(p.Type)}* {name}");
        }
        if (p.Pointers == 1 && p.Len is null)
        {
            if (p.Type == "void") return Form("void*", $"void* {name}");
            if (p.IsConst)
            {
                if (map.IsShape(p.Type)) return p.Optional ? Form("optional shape (T?)", $"{element}? {name}") : Form("shape (in)", $"in {element} {name}");
                return p.Optional ? Form("optional blittable pointer (T*)", $"{element}* {name}") : Form("blittable struct (in)", $"in {element} {name}");
            }
            bool callerFills = map.Resolve(p.Type) is { Category: "struct" } s && s.Members.Any(m => m.Name == "sType");
            string kind = map.IsShape(p.Type) ? "shape, read back" : "struct";
            string tagger = map.IsStructureTyped(p.Type) ? "(ref; staging tags it)" : "the caller tags (ref)";
            if (callerFills) return Form($"output {kind} {tagger}", $"ref {element} {name}");
            if (map.IsShape(p.Type)) _rawOutputs[$"out {element} {name}"] = $"{map.Pointee(p.Type)}* {name}";
            return Form($"output {(map.IsShape(p.Type) ? kind : "value")} (out)", $"out {element} {name}");
        }
        if (p.Pointers == 2 && p.Type == "void" && !p.IsConst && p.Len is null) return Form("output pointer (out void*)", $"out void* {name}");
        throw new NotSupportedException($"parameter '{p.Name}' ({p.Type}, {p.Pointers} pointers, len '{p.Len}') has no declaration form");
    }
}
