using System;
using System.Linq;
using ParamArena.Generator.Tests.Driver;
using Xunit;

namespace ParamArena.Generator.Tests.Running;

/// <summary>[ArenaEnumerated] declarations the generator refuses (PA0067, and the count rules it shares), each with a throwing stand-in.</summary>
public sealed class EnumerationRuleTests
{
    private static GeneratorOutcome Run(string members) => GeneratorHarness.Run(GeneratorHarness.Compile("""
        using System;
        using ParamArena;

        public enum Result { Success = 0, Incomplete = 5 }
        public struct Managed { public string Name; }
        public struct Untyped { public uint SType; public nint PNext; }
        public unsafe struct Typed { public Result SType; public void* PNext; public ulong Value; }

        public static unsafe partial class Lib
        {
        """ + members + """
        }
        """));

    [Theory]
    [InlineData("public static partial Result A([ArenaEnumerated(0)] ulong[] items);", "declare 'out T[]'")]
    [InlineData("public static partial Result A([ArenaEnumerated(0)] out ulong items);", "declare 'out T[]'")]
    [InlineData("public static partial Result A([ArenaEnumerated(0)] out Managed[] items);", "blittable items")]
    [InlineData("public static partial Result A([ArenaEnumerated(0)] out string[] items);", "blittable items")]
    [InlineData("public static partial Result A([ArenaEnumerated(0)] out Span<ulong> items);", "need one ArenaLease parameter")]
    [InlineData("public static partial Result A(ArenaLease lease, [ArenaEnumerated(0)] out ulong[] items);", "the items are a managed array")]
    [InlineData("public static partial Result A([ArenaEnumerated(0)] out ulong[] a, [ArenaEnumerated(1)] out ulong[] b);", "one list")]
    [InlineData("public static partial void A([ArenaEnumerated(0, IncompleteResult = 5)] out ulong[] items);", "compare the return value")]
    [InlineData("public static partial uint A([ArenaEnumerated(0, CountReturned = true)] out ulong[] items);", "return int, long or nint")]
    [InlineData("public static partial int A([ArenaEnumerated(0, CountReturned = true, IncompleteResult = 5)] out ulong[] items);", "remove SuccessResult and IncompleteResult")]
    [InlineData("public static partial Result A([ArenaEnumerated(0, IncompleteResult = \"more\")] out ulong[] items);", "not an integer or enum constant")]
    [InlineData("public static partial Result A([ArenaEnumerated(0, ItemTag = 5)] out ulong[] items);", "'SType' field and a pointer 'PNext' field")]
    [InlineData("public static partial Result A([ArenaEnumerated(0, ItemTag = 5)] out Untyped[] items);", "'SType' field and a pointer 'PNext' field")]
    [InlineData("public static partial Result A([ArenaEnumerated(0, ItemTag = \"tag\")] out Typed[] items);", "ItemTag is not an integer or enum constant")]
    public void AnEnumerationTheGeneratorCannotImplementIsRefusedWithItsReason(string declaration, string reason)
    {
        GeneratorOutcome outcome = Run("[ArenaMarshal(\"x\")] " + declaration);
        Diagnostic(outcome, "PA0067", reason);
    }

    [Fact]
    public void TheCountSharesTheCountRules()
    {
        Diagnostic(Run("[ArenaMarshal(\"x\")] public static partial Result A([ArenaEnumerated(2)] out ulong[] items);"), "PA0018", "native position 2");
        Diagnostic(Run("[ArenaMarshal(\"x\")] public static partial Result A([ArenaEnumerated(0, CountType = typeof(string))] out ulong[] items);"), "PA0017", "CountType 'string'");
    }

    [Fact]
    public void AnEnumerationInAFunctionTableCallsThroughItsPointer()
    {
        GeneratorOutcome outcome = GeneratorHarness.Run(GeneratorHarness.Compile("""
            using ParamArena;

            [ArenaFunctionTable]
            public sealed unsafe partial class Commands
            {
                [ArenaMarshal(EntryPoint = "vkEnumeratePhysicalDevices")]
                public partial int EnumeratePhysicalDevices(nint instance, [ArenaEnumerated(1, IncompleteResult = 5)] out nint[] devices);
            }
            """));
        Assert.Empty(outcome.Diagnostics);
        Assert.Empty(outcome.Errors);
        string stub = outcome.Sources.Single(s => s.Key.Contains("EnumeratePhysicalDevices", StringComparison.Ordinal)).Value;
        Assert.Contains("((delegate* unmanaged<nint, uint*, nint*, int>)__target)(instance, &__devices_count, __devices_native)", stub);
    }

    private static void Diagnostic(GeneratorOutcome outcome, string id, string reason)
    {
        Microsoft.CodeAnalysis.Diagnostic reported = Assert.Single(outcome.Diagnostics);
        Assert.Equal(id, reported.Id);
        Assert.Contains(reason, reported.GetMessage(), StringComparison.Ordinal);
        // The refusal is the only error: a throwing body stands in, so no CS8795 and nothing wrong in generated code.
        Assert.DoesNotContain(outcome.Errors, e => !e.Id.StartsWith("PA", StringComparison.Ordinal));
        Assert.Empty(outcome.ErrorsInGeneratedFiles);
    }
}
