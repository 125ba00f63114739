using System;
using System.Linq;
using ParamArena.Generator.Tests.Driver;
using Xunit;

namespace ParamArena.Generator.Tests.Running;

/// <summary>What the generator refuses in an [ArenaCallback] declaration (PA0070, PA0071), reported by the generator itself.</summary>
public sealed class CallbackRuleTests
{
    private static GeneratorOutcome Run(string code) => GeneratorHarness.Run(GeneratorHarness.Compile("""
        using System;
        using ParamArena;

        [ArenaStruct] public partial struct Item { public int Id; public string? Name; }

        """ + code));

    [Fact]
    public void InstanceGenericAndOverloadedCallbacksAndNonPartialTypesAreRefused()
    {
        GeneratorOutcome outcome = Run("""
            partial class Hooks
            {
                [ArenaCallback] int Instance(int value) => value;
                [ArenaCallback] static int Generic<T>(int value) => value;
                [ArenaCallback] static int Twice(int value) => value;
                [ArenaCallback] static int Twice(long value) => 0;
                [ArenaCallback] static int Taken(int value) => value;
                static int TakenPointer => 0;
            }
            class NotPartial { [ArenaCallback] static int F(int value) => value; }
            partial class Open<T> { [ArenaCallback] static int G(int value) => value; }
            """);
        Assert.All(outcome.Diagnostics, d => Assert.Equal("PA0070", d.Id));
        string[] messages = outcome.Diagnostics.Select(d => d.GetMessage()).ToArray();
        Assert.Contains(messages, m => m.Contains("'Instance' is not static", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("'Generic' is generic", StringComparison.Ordinal));
        Assert.Equal(2, messages.Count(m => m.Contains("'Twice' is overloaded", StringComparison.Ordinal)));
        Assert.Contains(messages, m => m.Contains("'TakenPointer'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("'NotPartial', which is not partial", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("generic type 'Open'", StringComparison.Ordinal));
        Assert.Equal(7, messages.Length);
        Assert.DoesNotContain(outcome.Sources, s => s.Key.EndsWith(".Callback.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void ArgumentsThatWouldBeWrittenBackOrHaveNoLengthAndOwnedReturnsAreRefused()
    {
        GeneratorOutcome outcome = Run("""
            unsafe partial class Hooks
            {
                [ArenaCallback] static void OutShape(out Item item) => item = default;
                [ArenaCallback] static void RefInt(ref int value) { }
                [ArenaCallback] static void NoCount(int[] values) { }
                [ArenaCallback] static void Span([ArenaCountParameter(1)] ReadOnlySpan<int> values) { }
                [ArenaCallback] static string Text() => "";
                [ArenaCallback] static Item Shape() => default;
                [ArenaCallback] static void InString(in string text) { }
            }
            """);
        Assert.Equal(Enumerable.Repeat("PA0071", 7), outcome.Diagnostics.Select(d => d.Id));
        string[] messages = outcome.Diagnostics.Select(d => d.GetMessage()).ToArray();
        Assert.Contains(messages, m => m.Contains("Parameter 'item' of the callback 'OutShape'", StringComparison.Ordinal) && m.Contains("written back", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("Parameter 'values' of the callback 'NoCount'", StringComparison.Ordinal) && m.Contains("[ArenaCountParameter", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("'Span'", StringComparison.Ordinal) && m.Contains("received as an array", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("The return of the callback 'Text'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("The return of the callback 'Shape'", StringComparison.Ordinal));
        Assert.DoesNotContain(outcome.Sources, s => s.Key.EndsWith(".Callback.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAcceptedCallbackGetsATrampolineThatCompiles()
    {
        GeneratorOutcome outcome = Run("""
            unsafe partial class Hooks
            {
                [ArenaCallback(StringMarshalling = System.Runtime.InteropServices.StringMarshalling.Utf16)]
                [System.Runtime.InteropServices.UnmanagedCallConv(CallConvs = new[] { typeof(System.Runtime.CompilerServices.CallConvCdecl) })]
                public static bool Visit(in Item item, Item? parent, string? label, [ArenaCountParameter(4, CountType = typeof(nuint))] Item[] children, char letter, in long total) => true;
            }
            """);
        Assert.Empty(outcome.Diagnostics);
        string source = outcome.Sources.Single(s => s.Key.EndsWith(".Callback.g.cs", StringComparison.Ordinal)).Value;
        Assert.Contains("public static delegate* unmanaged[Cdecl]<global::Item.Native*, global::Item.Native*, char*, global::Item.Native*, nuint, ushort, long*, int> VisitPointer", source, StringComparison.Ordinal);
        Assert.Contains("CallConvs = new global::System.Type[] { typeof(global::System.Runtime.CompilerServices.CallConvCdecl) }", source, StringComparison.Ordinal);
        Assert.Empty(outcome.Errors);
    }
}
