using System;
using System.Linq;
using ParamArena.Generator.Tests.Driver;
using Xunit;

namespace ParamArena.Generator.Tests.Running;

/// <summary>What the generator refuses in a function table's declaration (PA0028, PA0065, PA0066), reported by the generator itself.</summary>
public sealed class FunctionTableRuleTests
{
    private static GeneratorOutcome Run(string code) => GeneratorHarness.Run(GeneratorHarness.Compile("""
        using ParamArena;

        interface IDeviceLoader : IArenaFunctionLoader { }

        """ + code));

    [Fact]
    public void AStaticTableAndANonPartialTableWithoutMethodsAreReportedNotIgnored()
    {
        GeneratorOutcome outcome = Run("""
            [ArenaFunctionTable] static partial class Static { }
            [ArenaFunctionTable] sealed class NotPartial { }
            """);
        Assert.Equal(new[] { "PA0065", "PA0065" }, outcome.Diagnostics.Select(d => d.Id));
        Assert.Contains(outcome.Diagnostics, d => d.GetMessage().Contains("'Static' is static", StringComparison.Ordinal));
        Assert.Contains(outcome.Diagnostics, d => d.GetMessage().Contains("'NotPartial' is not partial", StringComparison.Ordinal));
        Assert.Empty(outcome.Sources);
    }

    [Fact]
    public void ALoaderThatIsNoLoaderIsReportedAndTheTableIsNotGenerated()
    {
        GeneratorOutcome outcome = Run("""
            struct Handle { public nint Value; }
            [ArenaFunctionTable(Loader = typeof(Handle))] sealed partial class ByHandle { }
            [ArenaFunctionTable(Loader = typeof(System.Collections.Generic.List<>))] sealed partial class Open { }
            """);
        Assert.Equal(new[] { "PA0066", "PA0066" }, outcome.Diagnostics.Select(d => d.Id));
        Assert.Contains(outcome.Diagnostics, d => d.GetMessage().Contains("does not implement IArenaFunctionLoader", StringComparison.Ordinal));
        Assert.Contains(outcome.Diagnostics, d => d.GetMessage().Contains("open generic", StringComparison.Ordinal));
        Assert.Empty(outcome.Sources);
    }

    [Fact]
    public void ATypedTableChecksItsLoaderBeforeAskingIt()
    {
        GeneratorOutcome outcome = Run("""
            [ArenaFunctionTable(Loader = typeof(IDeviceLoader))]
            sealed partial class DeviceCommands
            {
                [ArenaMarshal(EntryPoint = "f")]
                public partial int F(int value);

                [ArenaMarshal(EntryPoint = "g")]
                public static partial int G(int value);
            }
            """);
        Assert.Equal(new[] { "PA0028" }, outcome.Diagnostics.Select(d => d.Id));
        string table = outcome.Sources.Single(s => s.Key.EndsWith(".Functions.g.cs", StringComparison.Ordinal)).Value;
        Assert.Contains("if (!(loader is global::IDeviceLoader)) global::ParamArena.ArenaStaging.ThrowLoaderMismatch(\"DeviceCommands\", typeof(global::IDeviceLoader), loader);", table);
        Assert.True(table.IndexOf("ThrowLoaderMismatch", StringComparison.Ordinal) < table.IndexOf("loader.Load(", StringComparison.Ordinal));
        Assert.DoesNotContain(outcome.Errors, e => !e.Id.StartsWith("PA", StringComparison.Ordinal));
    }
}
