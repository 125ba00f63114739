using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ParamArena.Generator.Tests.Driver;

/// <summary>What the compiler and the generator say about chain declarations and chains built from them.</summary>
public class ChainDeclarationTests
{
    private const string Declarations = """
        using System;
        using ParamArena;
        public enum StructureType : uint { Instance = 1, Device = 3, Debug = 1000128004, Validation = 1000247000 }
        [ArenaStruct, ArenaStructureType(StructureType.Instance)] public partial struct InstanceCreateInfo { public uint Flags; }
        [ArenaStruct, ArenaStructureType(StructureType.Device)] public partial struct DeviceCreateInfo { public uint Flags; }
        [ArenaStruct, ArenaStructureType(StructureType.Debug), ArenaExtends(typeof(InstanceCreateInfo))] public partial struct DebugInfo { public uint Severity; }
        [ArenaStruct, ArenaStructureType(StructureType.Validation), ArenaExtends(typeof(InstanceCreateInfo))] public partial struct ValidationFeatures { public int[]? Enabled; }
        public static unsafe partial class Vk
        {
            [ArenaMarshal("vulkan")]
            public static partial int CreateInstance<TChain>(in TChain createInfo, void* allocator, out nint instance)
                where TChain : struct, IArenaChain<TChain, InstanceCreateInfo>;
            [ArenaMarshal("vulkan")]
            public static partial int CreateDevice<TChain>(nint physicalDevice, in TChain createInfo, void* allocator, out nint device)
                where TChain : struct, IArenaChain<TChain, DeviceCreateInfo>;
        }
        """;

    private static GeneratorOutcome Run(string use) => GeneratorHarness.Run(GeneratorHarness.Compile(Declarations, "using ParamArena; static unsafe class Use { static void M() { " + use + " } }"));

    [Fact]
    public void ARightChainCompilesAndCallsTheGenericStub()
    {
        GeneratorOutcome outcome = Run("""
            var chain = new InstanceCreateInfo().Then(new DebugInfo { Severity = 1 }).Then(new ValidationFeatures()).Then(new DebugInfo());
            Vk.CreateInstance(in chain, null, out nint instance);
            Vk.CreateInstance(new InstanceCreateInfo(), null, out instance);
            """);
        Assert.Empty(outcome.Errors);
        Assert.Empty(outcome.Diagnostics);
    }

    [Fact]
    public void AnExtensionAttachedToAHeadItDoesNotExtendDoesNotCompile()
    {
        GeneratorOutcome outcome = Run("var chain = new DeviceCreateInfo().Then(new DebugInfo());");
        Diagnostic error = Assert.Single(outcome.Errors);
        // The extension method's constraint fails: DebugInfo is not IArenaExtends<DeviceCreateInfo>.
        Assert.Equal("CS0315", error.Id);
        Assert.Contains("IArenaExtends<DeviceCreateInfo>", error.GetMessage(), System.StringComparison.Ordinal);
        Assert.Empty(outcome.ErrorsInGeneratedFiles);
    }

    [Fact]
    public void AWrongLinkLaterInTheChainDoesNotCompile()
    {
        GeneratorOutcome outcome = Run("var chain = new DeviceCreateInfo().Then(new DebugInfo()).Then(new ValidationFeatures());");
        Assert.Contains(outcome.Errors, e => e.Id == "CS0315" && e.GetMessage().Contains("IArenaExtends<DeviceCreateInfo>", System.StringComparison.Ordinal));
    }

    [Fact]
    public void AChainOfOneHeadPassedWhereAnotherHeadIsExpectedDoesNotCompile()
    {
        GeneratorOutcome outcome = Run("""
            var chain = new InstanceCreateInfo().Then(new DebugInfo());
            Vk.CreateDevice(0, in chain, null, out nint device);
            """);
        Diagnostic error = Assert.Single(outcome.Errors);
        Assert.Equal("CS0315", error.Id);
        Assert.Contains("IArenaChain<", error.GetMessage(), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[ArenaStruct, ArenaStructureType(1)] partial struct S { public uint SType; public int X; }", "PA0050")]
    [InlineData("[ArenaStruct, ArenaStructureType(1)] unsafe partial struct S { public void* PNext; }", "PA0050")]
    [InlineData("[ArenaStruct, ArenaStructureType(\"one\")] partial struct S { public int X; }", "PA0051")]
    [InlineData("[ArenaStruct, ArenaStructureType(1.5)] partial struct S { public int X; }", "PA0051")]
    [InlineData("[ArenaStruct, ArenaExtends(typeof(H))] partial struct S { public int X; } [ArenaStruct, ArenaStructureType(1)] partial struct H { }", "PA0052")]
    [InlineData("[ArenaStruct, ArenaStructureType(2), ArenaExtends(typeof(H))] partial struct S { public int X; } [ArenaStruct] partial struct H { public int Y; }", "PA0052")]
    [InlineData("[ArenaStruct, ArenaStructureType(2), ArenaExtends(typeof(int))] partial struct S { public int X; }", "PA0052")]
    [InlineData("static partial class C { [ArenaMarshal(\"x\")] public static partial int F<T>(in T value) where T : struct; }", "PA0003")]
    [InlineData("static partial class C { [ArenaMarshal(\"x\")] public static partial int F<T>(out T value) where T : struct, IArenaChain<T, H>; } [ArenaStruct, ArenaStructureType(1)] partial struct H { public int X; }", "PA0005")]
    public void BadChainDeclarationsAreRefusedVisibly(string source, string id)
    {
        GeneratorOutcome outcome = GeneratorHarness.Run(GeneratorHarness.Compile("using ParamArena; " + source));
        Assert.Contains(outcome.Diagnostics, d => d.Id == id);
        Assert.Empty(outcome.ErrorsInGeneratedFiles);
    }

    [Fact]
    public void AShapeWithAStructureTypeStartsWithSTypeAndPNext()
    {
        GeneratorOutcome outcome = Run("");
        string native = outcome.Sources.Single(s => s.Key.Contains("DebugInfo")).Value;
        int sType = native.IndexOf("public global::StructureType SType;", System.StringComparison.Ordinal);
        int pNext = native.IndexOf("public void* PNext;", System.StringComparison.Ordinal);
        int severity = native.IndexOf("public uint Severity;", System.StringComparison.Ordinal);
        Assert.True(sType >= 0 && sType < pNext && pNext < severity, native);
        Assert.Contains("destination->SType = (global::StructureType)(1000128004);", native, System.StringComparison.Ordinal);
    }
}
