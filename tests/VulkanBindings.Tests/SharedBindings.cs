using System.IO;
using VulkanBindingsTool;

namespace VulkanBindings.Tests;

/// <summary>The tool's run over the installed vk.xml, made once for all tests (reading vk.xml takes a second).</summary>
internal static class SharedBindings
{
    private static BindingsGenerator? s_bindings;
    private static readonly object s_lock = new();

    public static BindingsGenerator Get()
    {
        lock (s_lock)
        {
            if (s_bindings is not null) return s_bindings;
            if (!File.Exists(BindingsGenerator.DefaultRegistry))
                throw new FileNotFoundException("vk.xml is missing: install libvulkan-dev (eng/install-prerequisites.sh does)", BindingsGenerator.DefaultRegistry);
            return s_bindings = new BindingsGenerator(BindingsGenerator.DefaultRegistry);
        }
    }
}
