using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ParamArena.Generator.Tests.Driver;

/// <summary>The pipeline caches: unrelated edits redo nothing, and its models hold no Roslyn objects.</summary>
public class IncrementalTests
{
    private static readonly string[] s_steps =
    {
        TrackingNames.StubModels, TrackingNames.ShapeModels, TrackingNames.CallbackModels, TrackingNames.Diagnostics,
    };

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) FirstRun()
    {
        CSharpCompilation compilation = GeneratorHarness.Compile(Sources.Vulkanish, "namespace Other { internal class Unrelated { } }");
        return (GeneratorHarness.Run(compilation).Driver, compilation);
    }

    private static CSharpCompilation Edit(CSharpCompilation compilation, int treeIndex, Func<string, string> edit)
    {
        SyntaxTree tree = compilation.SyntaxTrees.ElementAt(treeIndex);
        string text = edit(tree.ToString());
        return compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, tree.FilePath));
    }

    [Fact]
    public void EveryStepIsNamedAndProducesOutput()
    {
        GeneratorRunResult result = FirstRun().Driver.GetRunResult().Results.Single();
        foreach (string step in s_steps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), "missing step " + step);
            Assert.NotEmpty(result.TrackedSteps[step].SelectMany(s => s.Outputs));
        }
    }

    [Fact]
    public void UnrelatedEditLeavesEveryStepCachedOrUnchanged()
    {
        var (driver, compilation) = FirstRun();
        CSharpCompilation edited = Edit(compilation, 1, t => t.Replace("class Unrelated { }", "class Unrelated { private int _x; public int X => _x; }"));
        GeneratorRunResult result = driver.RunGenerators(edited).GetRunResult().Results.Single();
        foreach (string step in s_steps)
        {
            foreach (var (_, reason) in result.TrackedSteps[step].SelectMany(s => s.Outputs))
                Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + " was " + reason);
        }
        foreach (var (_, reason) in result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs))
            Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "output was " + reason);
    }

    [Fact]
    public void EditingOneMethodRegeneratesOnlyThatStub()
    {
        var (driver, compilation) = FirstRun();
        CSharpCompilation edited = Edit(compilation, 0, t => t.Replace("EntryPoint = \"vkCreateInstance\"", "EntryPoint = \"vkCreateInstance2\""));
        GeneratorRunResult result = driver.RunGenerators(edited).GetRunResult().Results.Single();
        var reasons = result.TrackedSteps[TrackingNames.StubModels].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(reasons.Where(r => r != IncrementalStepRunReason.Modified), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.All(result.TrackedSteps[TrackingNames.ShapeModels].SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void PipelineHoldsNoSymbolsSyntaxOrLocations()
    {
        GeneratorRunResult result = FirstRun().Driver.GetRunResult().Results.Single();
        foreach (string step in s_steps)
        {
            foreach (var (value, _) in result.TrackedSteps[step].SelectMany(s => s.Outputs))
                AssertNoRoslynObjects(value, step, 0);
        }
    }

    private static void AssertNoRoslynObjects(object? value, string path, int depth)
    {
        if (value is null || depth > 12) return;
        Assert.False(value is ISymbol or SyntaxNode or SyntaxToken or Location or SemanticModel or Compilation or AttributeData,
            path + " holds a " + value.GetType().Name);
        Type type = value.GetType();
        if (type.IsPrimitive || value is string || type.IsEnum) return;
        if (value is IEnumerable items)
        {
            int i = 0;
            foreach (object? item in items) AssertNoRoslynObjects(item, path + "[" + i++ + "]", depth + 1);
            return;
        }
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0) continue;
            AssertNoRoslynObjects(property.GetValue(value), path + "." + property.Name, depth + 1);
        }
    }
}
