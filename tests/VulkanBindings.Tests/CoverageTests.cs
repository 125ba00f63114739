using System.Linq;
using VulkanBindingsTool;
using Xunit;

namespace VulkanBindings.Tests;

/// <summary>Every core command and struct of Vulkan 1.0–1.3 is declared (the build then proves it compiles without a PA diagnostic).</summary>
public sealed class CoverageTests
{
    [Fact]
    public void EveryCoreCommandIsDeclaredOnItsTable()
    {
        BindingsGenerator bindings = SharedBindings.Get();

        Assert.Equal(215, bindings.Selection.CoreCommands.Count);
        Assert.DoesNotContain(bindings.Selection.CoreCommands, c => !bindings.Commands.Tables.ContainsKey(c));
        Assert.Equal("Vk", bindings.Commands.Tables["vkCreateInstance"]);
        Assert.Equal("InstanceCommands", bindings.Commands.Tables["vkCreateDevice"]);
        Assert.Equal("DeviceCommands", bindings.Commands.Tables["vkCmdDispatch"]);
        Assert.Equal("InstanceCommands", bindings.Commands.Tables["vkCreateDebugUtilsMessengerEXT"]);
    }

    [Fact]
    public void EveryCoreStructAndUnionIsDeclared()
    {
        BindingsGenerator bindings = SharedBindings.Get();
        var core = bindings.Selection.CoreTypes.Select(n => bindings.Registry.Types[n]).Where(t => t.Category is "struct" or "union").ToList();

        Assert.Equal(284, core.Count);
        Assert.DoesNotContain(core, t => t.Alias is null && bindings.Map.Unsupported.ContainsKey(t.Name));
        Assert.DoesNotContain(core, t => t.Alias is null && typeof(Instance).Assembly.GetType("VulkanBindings." + Names.Type(t.Name)) is null);
    }
}
