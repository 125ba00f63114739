using System;
using System.IO;
using ParamArena.Generator.Tests.Interop;
using Xunit;

namespace ParamArena.Generator.Tests.Running;

/// <summary>[ArenaCallback] trampolines called by real C code: arguments converted native → managed, exceptions reported, nesting.</summary>
[Collection(nameof(CallbackTests))]
public unsafe class CallbackTests
{
    [Fact]
    public void ACallbackReceivesAShapeGraphStringsAnArrayWithItsCountAndAnOptionalShape()
    {
        int marker;
        int result = TestNative.CallWithScene(Callbacks.OnScenePointer, &marker, 1);

        Assert.Equal(1, result); // true as a BOOL
        ReceivedScene received = Callbacks.LastScene!;
        Assert.Equal((nint)(&marker), received.User);
        Assert.Equal("label é", received.Label);
        Assert.True(received.Flag);
        Assert.Equal(3, received.Items!.Length);
        AssertItem(received.Items[0], 200, "back-0", 0.5f, -0.5f);
        AssertItem(received.Items[2], 202, null, 2.5f, -2.5f);
        AssertItem(received.Optional!.Value, 300, "optional é", 3.0f, 4.0f);

        Scene scene = received.Scene;
        Assert.Equal(0x5eedu, scene.Kind);
        AssertItem(scene.Inline, 201, "back-1", 1.5f, -1.5f);
        AssertItem(scene.Optional!.Value, 300, "optional é", 3.0f, 4.0f);
        Assert.Equal(3, scene.Items!.Length);
        AssertItem(scene.Items[1], 201, "back-1", 1.5f, -1.5f);
        Assert.Equal(new ulong[] { 0xfedcba9876543210, 7, 8 }, scene.Waits);
        Assert.Equal(new uint[] { 1, 2, 4 }, scene.Stages);
        Assert.Equal(new uint[] { 0x07230203, 10, 20, 30 }, scene.Code);
        Assert.True(scene.Flag);
        Assert.True(scene.SmallFlag);
        Assert.Equal('Ω', scene.Letter);
        Assert.Equal("wide ✓ back", scene.Wide);
        Assert.Equal(new[] { "one", null, "thrée" }, scene.Tags);
    }

    [Fact]
    public void ANullOptionalShapeArgumentArrivesAsNull()
    {
        TestNative.CallWithScene(Callbacks.OnScenePointer, null, 0);

        Assert.Null(Callbacks.LastScene!.Optional);
        Assert.Equal(0, Callbacks.LastScene.User);
    }

    [Fact]
    public void AThrowingCallbackIsReportedToTheHookAndReturnsDefaultToC()
    {
        Assert.Equal(42, TestNative.CallInt(Callbacks.IncrementPointer, 41));

        (string Name, Exception Error)? seen = null;
        Action<string, Exception> handler = (name, error) => seen = (name, error);
        ArenaCallbacks.UnhandledException += handler;
        try
        {
            Assert.Equal(0, TestNative.CallInt(Callbacks.IncrementPointer, -5));
            Assert.Equal("ParamArena.Generator.Tests.Interop.Callbacks.Increment", seen!.Value.Name);
            Assert.Equal("negative -5", Assert.IsType<InvalidOperationException>(seen.Value.Error).Message);

            Assert.Equal(0, TestNative.CallInt(Callbacks.AlwaysThrowsPointer, 7)); // false as a BOOL
            Assert.Equal("ParamArena.Generator.Tests.Interop.Callbacks.AlwaysThrows", seen.Value.Name);
            Assert.IsType<NotSupportedException>(seen.Value.Error);
        }
        finally
        {
            ArenaCallbacks.UnhandledException -= handler;
        }
    }

    [Fact]
    public void WithoutAHandlerTheExceptionGoesToStandardErrorAndAThrowingHandlerDoesNotReachC()
    {
        TextWriter original = Console.Error;
        StringWriter captured = new();
        Console.SetError(captured);
        Action<string, Exception> throwing = (_, _) => throw new InvalidOperationException("handler failed");
        try
        {
            Assert.Equal(0, TestNative.CallInt(Callbacks.IncrementPointer, -1));
            Assert.Contains("the callback 'ParamArena.Generator.Tests.Interop.Callbacks.Increment' threw", captured.ToString(), StringComparison.Ordinal);
            Assert.Contains("negative -1", captured.ToString(), StringComparison.Ordinal);

            ArenaCallbacks.UnhandledException += throwing;
            Assert.Equal(0, TestNative.CallInt(Callbacks.IncrementPointer, -2));
            Assert.Contains("handler failed", captured.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            ArenaCallbacks.UnhandledException -= throwing;
            Console.SetError(original);
        }
    }

    [Fact]
    public void ANestedStagedCallInsideACallbackKeepsTheOuterCallsStagingIntact()
    {
        Item outer = new() { Id = 77, Name = new string('o', 200) };

        int result = TestNative.CallReentrant(in outer, Callbacks.NestedCallPointer);

        // -1000 would mean the outer item's staged name or id changed while the callback ran.
        Assert.Equal(77, result);
        Assert.Equal(300, Callbacks.NestedLength);
        // The arena is back where it was: the same call again gives the same answer.
        Assert.Equal(77, TestNative.CallReentrant(in outer, Callbacks.NestedCallPointer));
    }

    private static void AssertItem(Item item, int id, string? name, float x, float y)
    {
        Assert.Equal(id, item.Id);
        Assert.Equal(name, item.Name);
        Assert.Equal(x, item.Pos.X);
        Assert.Equal(y, item.Pos.Y);
    }
}
