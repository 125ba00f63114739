using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace ParamArena.Generator.Tests.Driver;

/// <summary>The generator never throws, never writes a file that does not compile, and says why it refuses a declaration.</summary>
public class RobustnessTests
{
    private const string Usings = "using System; using System.Collections.Generic; using System.Runtime.InteropServices; using ParamArena;\n";

    public static IEnumerable<object[]> UnsupportedInputs() => new[]
    {
        "static partial class C { [ArenaMarshal(\"x\")] public static partial int F(Missing value); }",
        "static partial class C { [ArenaMarshal(\"x\")] public static partial Missing F(int value); }",
        "static partial class C { [ArenaMarshal(\"x\")] public static partial int F(int a, ",
        "static partial class C { [ArenaMarshal(\"x\")] public static partial int F(object value); }",
        "static partial class C { [ArenaMarshal(\"x\")] public static partial int F(List<int> value); }",
        "static partial class C { [ArenaMarshal(\"x\")] public static partial int F(in string value); }",
        "static partial class C { [ArenaMarshal(\"x\")] [return: ArenaFree] public static partial int F(string value); }",
        "static partial class C { [ArenaMarshal(\"x\")] [return: ArenaFree(\"\")] public static partial string F(); }",
        "static partial class C { [ArenaMarshal(\"x\")] public static partial nint F([ArenaStringBuffer(1)] string value); }",
        "static partial class C { [ArenaMarshal(\"x\")] public static partial void F([ArenaStringBuffer(1)] out string value); }",
        "static partial class C { [ArenaMarshal(\"x\")] public static partial nint F([ArenaStringBuffer(1, InitialCapacity = 1)] out string value); }",
        "static partial class C { [ArenaMarshal(\"x\")] public static partial int F([ArenaStringBuffer(1, TooSmall = ArenaBufferTooSmall.ReturnFillsCapacity)] ref string value); }",
        "static partial class C { [ArenaMarshal(\"x\")] public static partial int F([ArenaCountParameter(1)] out string value); }",
        "static partial class C { [ArenaMarshal(\"x\")] public static partial int F([MarshalAs(UnmanagedType.LPWStr)] ReadOnlySpan<byte> value); }",
        "static partial class C { [ArenaMarshal] public static partial string F([ArenaFunctionPointer] nint f, [ArenaFree(\"free\")] out string value); }",
        "static partial class C { [ArenaMarshal(\"x\")] public static partial int F<T>(T value); }",
        "static partial class C { [ArenaMarshal(\"x\")] public partial int F(int value); }",
        "static partial class C { [ArenaMarshal(\"x\")] public static int F(int value) => 0; }",
        "static partial class C { [ArenaMarshal] public static partial int F(int value); }",
        "static partial class C { [ArenaMarshal(null)] public static partial int F(int value); }",
        "static partial class C { [ArenaMarshal(\"x\", StringMarshalling = StringMarshalling.Custom)] public static partial int F(string value); }",
        "static partial class C { [ArenaMarshal(\"x\")] public static partial int F([ArenaCountParameter(7)] int[] value); }",
        "static partial class C { [ArenaMarshal(\"x\")] public static partial int F([ArenaCountParameter(0, CountType = typeof(string))] int[] value); }",
        "static partial class C { [ArenaMarshal(\"x\")] public static partial ref int F(int value); }",
        "static partial class C { [ArenaMarshal(\"x\")] public static partial int F(string __lease); }",
        "static class C { [ArenaMarshal(\"x\")] public static partial int F(int value); }",
        "[ArenaStruct] partial struct S { public Missing Field; }",
        "[ArenaStruct] partial struct S { public object Field; }",
        "[ArenaStruct] partial struct S<T> { public int Field; }",
        "[ArenaStruct] partial struct S { public S Self; }",
        "[ArenaStruct] partial struct S { public int Native; }",
        "[ArenaStruct] partial struct S { [ArenaCount(\"Items\")] public int[] Items; }",
        "[ArenaStruct] partial struct S { [ArenaCount(null)] public int[] Items; }",
        "[ArenaStruct] struct S { public int Field; }",
        "[ArenaStruct] partial class S { public int Field; }",
        "[ArenaStruct] partial struct S { public int[,] Grid; }",
    }.Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(UnsupportedInputs))]
    public void UnsupportedInputIsRefusedVisiblyAndNothingGeneratedFailsToCompile(string source)
    {
        GeneratorOutcome outcome = GeneratorHarness.Run(GeneratorHarness.Compile(Usings + source));
        Assert.Empty(outcome.ErrorsInGeneratedFiles);
        // Refused: either the generator says why, or the declaration has errors of the compiler's own.
        bool compilerObjects = outcome.Errors.Any(e => e.Id != "CS8795" && !e.Id.StartsWith("PA", System.StringComparison.Ordinal));
        Assert.True(compilerObjects || outcome.Diagnostics.Any(d => d.Id.StartsWith("PA", System.StringComparison.Ordinal)), "silently refused: " + source);
        // Where the generator explains, the compiler does not add CS8795 (a partial method without body).
        if (outcome.Diagnostics.Length > 0 && !compilerObjects) Assert.DoesNotContain(outcome.Errors, e => e.Id == "CS8795");
        Assert.DoesNotContain(outcome.Sources.Values, text => text.Contains("[global::System.Runtime.InteropServices.DllImport"));
    }

    /// <summary>
    /// Half-typed code, as the IDE runs the generator on it. Sampled, not every prefix: the file cut at the end of
    /// every line (each declaration typed in full, the next not begun) and at every 61st character (cuts inside
    /// tokens, attribute arguments and parameter lists). Each run must finish without an exception from the
    /// generator (the harness fails on one).
    /// </summary>
    [Fact]
    public void SampledPrefixesOfARealFileAreHandled()
    {
        string source = Sources.Vulkanish;
        var lengths = new SortedSet<int> { 0, source.Length };
        for (int length = 61; length < source.Length; length += 61) lengths.Add(length);
        for (int at = source.IndexOf('\n'); at >= 0; at = source.IndexOf('\n', at + 1)) lengths.Add(at);
        foreach (int length in lengths)
            GeneratorHarness.Run(GeneratorHarness.Compile(source.Substring(0, length)));
    }
}
