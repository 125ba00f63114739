using System.Threading.Tasks;
using ParamArena.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyMethod = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Usage.InteropMethodAnalyzer>;
using VerifyShape = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Usage.ArenaStructAnalyzer>;

namespace ParamArena.Analyzers.Tests.Rules;

public sealed class PA0007InconsistentCountTests
{
    [Fact]
    public Task SharedCountsWithDifferentTypesAreReported() => VerifyShape.DeclarationsAsync(Snippet.File("""
        [ArenaStruct]
        partial struct Submit
        {
            [ArenaCount("WaitCount")] public ulong[] Waits;
            [{|PA0007:ArenaCount("WaitCount", CountType = typeof(int))|}] public uint[] Stages;
        }
        """));

    [Fact]
    public Task SharedCountsThatDisagreeOnUnitsAreReported() => VerifyShape.DeclarationsAsync(Snippet.File("""
        [ArenaStruct]
        partial struct Blob
        {
            [ArenaCount("Size", InBytes = true)] public byte[] Data;
            [{|PA0007:ArenaCount("Size")|}] public byte[] Extra;
        }
        """));

    [Fact]
    public Task ACountOnAFieldThatIsNotAnArrayIsReported() => VerifyShape.DeclarationsAsync(Snippet.File("""
        [ArenaStruct]
        partial struct Shape
        {
            [{|PA0007:ArenaCount("NameLength")|}] public string Name;
        }
        """));

    [Fact]
    public Task ACountNamedLikeAFieldIsReported() => VerifyShape.DeclarationsAsync(Snippet.File("""
        [ArenaStruct]
        partial struct Shape
        {
            public uint Count;
            [{|PA0007:ArenaCount("Count")|}] public int[] Values;
        }
        """));

    [Fact]
    public Task AnUnsupportedCountTypeIsReported() => VerifyShape.DeclarationsAsync(Snippet.File("""
        [ArenaStruct]
        partial struct Shape
        {
            [{|PA0007:ArenaCount("Count", CountType = typeof(float))|}] public int[] Values;
        }
        """));

    [Fact]
    public Task CountParametersWithClashingPositionsAreReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static partial class Api
        {
            [ArenaMarshal("native")]
            public static partial int Copy([ArenaCountParameter(1)] ReadOnlySpan<byte> source, [{|PA0007:ArenaCountParameter(1)|}] Span<byte> destination);
        }
        """));

    [Fact]
    public Task ACountParameterOutOfRangeIsReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static partial class Api
        {
            [ArenaMarshal("native")]
            public static partial int Sum([{|PA0007:ArenaCountParameter(5)|}] ReadOnlySpan<int> values);
        }
        """));

    [Fact]
    public Task ACountParameterOnAScalarIsReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static partial class Api
        {
            [ArenaMarshal("native")]
            public static partial int Sum([{|PA0007:ArenaCountParameter(1)|}] int value);
        }
        """));

    [Fact]
    public Task ConsistentCountsAreNotReported() => VerifyShape.DeclarationsAsync(Snippet.File("""
        [ArenaStruct]
        partial struct Submit
        {
            [ArenaCount("WaitSemaphoreCount")] public ulong[] WaitSemaphores;
            [ArenaCount("WaitSemaphoreCount", Position = ArenaCountPosition.AfterPointer)] public uint[] WaitStages;
            [ArenaCount("CodeSize", CountType = typeof(nuint), InBytes = true)] public uint[] Code;
        }
        static partial class Api
        {
            [ArenaMarshal("native")]
            public static partial int Checksum([ArenaCountParameter(1, CountType = typeof(nuint))] ReadOnlySpan<byte> data);

            [ArenaMarshal("native")]
            public static partial int Copy([ArenaCountParameter(2)] ReadOnlySpan<byte> source, [ArenaCountParameter(3)] Span<byte> destination);
        }
        """));
}
