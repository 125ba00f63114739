using System;
using ParamArena.Generator.Tests.Driver;
using Xunit;

namespace ParamArena.Generator.Tests.Running;

/// <summary>[ArenaCount(KeepWhenNull = true)]: only on a count the shape declares, and the same on every array sharing it.</summary>
public sealed class KeepWhenNullRuleTests
{
    private static GeneratorOutcome Run(string fields) => GeneratorHarness.Run(GeneratorHarness.Compile("""
        using ParamArena;

        [ArenaStruct]
        public partial struct Write
        {
        """ + fields + """
        }
        """));

    [Fact]
    public void ACountTheGeneratorAddsHasNoValueToKeep()
    {
        GeneratorOutcome outcome = Run("[ArenaCount(\"Count\", KeepWhenNull = true)] public int[]? Items;");
        Microsoft.CodeAnalysis.Diagnostic reported = Assert.Single(outcome.Diagnostics);
        Assert.Equal("PA0060", reported.Id);
        Assert.Contains("declares no field 'Count'", reported.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(outcome.ErrorsInGeneratedFiles);
    }

    [Fact]
    public void ArraysSharingTheCountMustAgreeOnKeepWhenNull()
    {
        GeneratorOutcome outcome = Run("""
            public uint Count;
            [ArenaCount(nameof(Count), KeepWhenNull = true)] public int[]? A;
            [ArenaCount(nameof(Count))] public long[]? B;
            """);
        Microsoft.CodeAnalysis.Diagnostic reported = Assert.Single(outcome.Diagnostics);
        Assert.Equal("PA0021", reported.Id);
        Assert.Contains("KeepWhenNull", reported.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void ADeclaredCountKeptWhenNullCompiles()
    {
        GeneratorOutcome outcome = Run("""
            public uint Count;
            [ArenaCount(nameof(Count), KeepWhenNull = true)] public int[]? A;
            [ArenaCount(nameof(Count), KeepWhenNull = true)] public long[]? B;
            """);
        Assert.Empty(outcome.Diagnostics);
        Assert.Empty(outcome.Errors);
        Assert.Contains(outcome.Sources.Values, source => source.Contains("if (value.A is null && value.B is null) destination->Count = value.Count;", StringComparison.Ordinal));
    }
}
