using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using VulkanBindingsTool;
using Xunit;
using Xunit.Abstractions;

namespace VulkanBindings.Tests;

/// <summary>
/// Every generated struct, union and shape <c>Native</c> twin has the size and member offsets gcc gives the same
/// struct in <c>vulkan_core.h</c>.
/// </summary>
public sealed class NativeLayoutTests(ITestOutputHelper output)
{
    [Fact]
    public void EveryGeneratedStructMatchesCSizesAndOffsets()
    {
        BindingsGenerator bindings = SharedBindings.Get();
        List<TypeDef> structs = bindings.Selection.Types.Select(n => bindings.Registry.Types[n])
            .Where(t => t.Category is "struct" or "union" && t.Alias is null && !bindings.Map.Unsupported.ContainsKey(t.Name)).ToList();
        Dictionary<string, long> c = CLayout.Measure(structs);
        Assembly assembly = typeof(Instance).Assembly;

        List<string> mismatches = new();
        Dictionary<string, int> categories = new(StringComparer.Ordinal);
        foreach (TypeDef type in structs)
        {
            Type managed = assembly.GetType("VulkanBindings." + Names.Type(type.Name)) ?? throw new InvalidOperationException(type.Name + " was not generated");
            Type layout = bindings.Map.IsShape(type.Name) ? managed.GetNestedType("Native") ?? throw new InvalidOperationException(type.Name + " has no Native") : managed;
            foreach (string category in Categories(bindings, type)) categories[category] = categories.GetValueOrDefault(category) + 1;

            int size = ManagedLayout.SizeOf(layout);
            if (size != c[type.Name]) mismatches.Add($"{type.Name}: size {size}, C {c[type.Name]}");
            foreach (Member member in type.Members)
            {
                FieldInfo field = layout.GetField(Names.Field(member), BindingFlags.Public | BindingFlags.Instance)
                    ?? throw new InvalidOperationException($"{layout} has no field {Names.Field(member)}");
                int offset = ManagedLayout.OffsetOf(field);
                long expected = c[type.Name + "." + member.Name];
                if (offset != expected) mismatches.Add($"{type.Name}.{member.Name}: offset {offset}, C {expected}");
            }
        }

        foreach ((string category, int count) in categories.OrderBy(p => p.Key, StringComparer.Ordinal)) output.WriteLine($"{category}: {count}");
        Assert.Empty(mismatches);
        Assert.True(structs.Count >= 50, $"only {structs.Count} structs compared");
        foreach (string category in new[] { "shape", "blittable", "union", "fixed array", "array with count", "nested struct", "pNext" })
            Assert.True(categories.GetValueOrDefault(category) > 0, "no struct of category " + category);
    }

    private static IEnumerable<string> Categories(BindingsGenerator bindings, TypeDef type)
    {
        yield return type.Category == "union" ? "union" : bindings.Map.IsShape(type.Name) ? "shape" : "blittable";
        if (type.Members.Any(m => m.FixedLength is not null)) yield return "fixed array";
        if (type.Members.Any(m => m.Pointers > 0 && m.Len is not null)) yield return "array with count";
        if (type.Members.Any(m => m.Pointers == 0 && m.FixedLength is null && bindings.Map.IsStruct(m.Type))) yield return "nested struct";
        if (type.Members.Any(m => m.Name == "pNext")) yield return "pNext";
    }
}
