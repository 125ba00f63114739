using System;
using System.IO;
using VulkanBindingsTool;

// Usage: VulkanBindingsTool [vk.xml] [output folder]. Rewrites the output folder's .cs files with the bindings.
string registry = args.Length > 0 ? args[0] : BindingsGenerator.DefaultRegistry;
string output = args.Length > 1 ? args[1] : Path.Combine(AppContext.BaseDirectory, "../../../../VulkanBindings/Generated");
if (!File.Exists(registry))
{
    Console.Error.WriteLine($"{registry} not found: install libvulkan-dev (sudo apt-get install libvulkan-dev) or pass the path to vk.xml.");
    return 2;
}
BindingsGenerator bindings = new(registry);
output = Path.GetFullPath(output);
foreach (string stale in Directory.Exists(output) ? Directory.GetFiles(output, "*.cs", SearchOption.AllDirectories) : []) File.Delete(stale);
foreach (CodeFile file in bindings.Files)
{
    string path = Path.Combine(output, file.Path);
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllText(path, file.Text);
}
Console.WriteLine($"{bindings.Files.Count} files written to {output}");
foreach (string line in bindings.Coverage.Lines()) Console.WriteLine(line);
return 0;
