using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace VulkanBindingsTool;

/// <summary>vk.xml in, the bindings' files out (paths relative to the generated folder), plus what was left out and why.</summary>
public sealed class BindingsGenerator
{
    /// <summary>Where Debian's <c>libvulkan-dev</c> installs the registry.</summary>
    public const string DefaultRegistry = "/usr/share/vulkan/registry/vk.xml";

    public Registry Registry { get; }
    public Selection Selection { get; }
    public TypeMap Map { get; }
    public CommandEmitter Commands { get; }
    public IReadOnlyList<CodeFile> Files { get; }
    public CoverageReport Coverage { get; }

    public BindingsGenerator(string registryPath)
    {
        Registry = new Registry(XDocument.Load(registryPath));
        Selection = new Selection(Registry);
        Names names = new(Registry.VendorTags);
        Map = new TypeMap(Registry, Selection);
        Commands = new CommandEmitter(Registry, Selection, Map, names);
        StructEmitter structs = new(Registry, Selection, Map, names);
        List<CodeFile> files = new();
        files.AddRange(new EnumEmitter(Registry, Selection, names).Emit());
        files.AddRange(structs.Emit());
        files.AddRange(Commands.Emit());
        files.Add(structs.InlineArrays());
        Coverage = new CoverageReport(this);
        files.Add(Coverage.Emit());
        Files = files.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList();
    }
}
