using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ParamArena;
using VulkanBindingsTool;
using Xunit;

namespace VulkanBindings.Tests;

/// <summary>
/// The registry's <c>sType</c> values and <c>structextends</c> lists, checked against the built assembly: the tags and
/// heads the generator acted on, and the commands that take a chain.
/// </summary>
public sealed class ChainDeclarationTests
{
    private static readonly Assembly Bindings = typeof(Instance).Assembly;

    [Fact]
    public void EveryShapeWithAnSTypeValueCarriesItsTagAndNoTagField()
    {
        BindingsGenerator bindings = SharedBindings.Get();
        List<TypeDef> tagged = Selected(bindings).Where(t => t.StructureType is not null && bindings.Map.IsShape(t.Name)).ToList();
        Names names = new(bindings.Registry.VendorTags);

        Assert.True(tagged.Count >= 200, $"only {tagged.Count} structure-typed shapes");
        foreach (TypeDef type in tagged)
        {
            Type managed = Managed(type);
            object? tag = managed.GetCustomAttribute<ArenaStructureTypeAttribute>()?.Value;
            Assert.Equal(Enum.Parse<StructureType>(names.EnumValue("VkStructureType", type.StructureType!)), tag);
            Assert.Null(managed.GetField("SType"));
            Assert.Null(managed.GetField("PNext"));
            Assert.NotNull(managed.GetNestedType("Native")!.GetField("SType"));
        }
    }

    [Fact]
    public void EveryLinkImplementsExtendsForEachHeadThatIsAShape()
    {
        BindingsGenerator bindings = SharedBindings.Get();
        int pairs = 0;
        foreach (TypeDef link in Selected(bindings).Where(t => bindings.Map.IsStructureTyped(t.Name)))
        {
            HashSet<Type> declared = Managed(link).GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IArenaExtends<>))
                .Select(i => i.GetGenericArguments()[0]).ToHashSet();
            HashSet<Type> expected = link.StructExtends.Where(h => bindings.Selection.Types.Contains(h) && bindings.Map.IsStructureTyped(h))
                .Select(h => Managed(bindings.Map.Resolve(h)!)).ToHashSet();
            Assert.True(expected.SetEquals(declared), $"{link.Name}: extends {string.Join(", ", declared)}, registry {string.Join(", ", expected)}");
            pairs += declared.Count;
        }
        Assert.True(pairs >= 150, $"only {pairs} link-head pairs");
    }

    [Theory]
    [InlineData(typeof(Vk), "CreateInstance", typeof(InstanceCreateInfo))]
    [InlineData(typeof(InstanceCommands), "CreateDevice", typeof(DeviceCreateInfo))]
    [InlineData(typeof(InstanceCommands), "GetPhysicalDeviceFeatures2", typeof(PhysicalDeviceFeatures2))]
    [InlineData(typeof(InstanceCommands), "GetPhysicalDeviceProperties2", typeof(PhysicalDeviceProperties2))]
    [InlineData(typeof(DeviceCommands), "GetBufferMemoryRequirements2", typeof(MemoryRequirements2))]
    public void ACommandTakingAHeadIsGenericOverItsChain(Type table, string command, Type head)
    {
        MethodInfo method = table.GetMethods().Single(m => m.Name == command && m.IsGenericMethodDefinition);
        Type chain = method.GetGenericArguments().Single();
        Assert.Contains(typeof(IArenaChain<,>).MakeGenericType(chain, head), chain.GetGenericParameterConstraints());
        Assert.Contains(method.GetParameters(), p => p.ParameterType == chain.MakeByRefType());
    }

    private static IEnumerable<TypeDef> Selected(BindingsGenerator bindings) =>
        bindings.Selection.Types.Select(n => bindings.Registry.Types[n]).Where(t => t.Category == "struct" && t.Alias is null);

    private static Type Managed(TypeDef type) =>
        Bindings.GetType("VulkanBindings." + Names.Type(type.Name)) ?? throw new InvalidOperationException(type.Name + " was not generated");
}
