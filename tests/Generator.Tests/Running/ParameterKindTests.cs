using System;
using System.Runtime.InteropServices;
using System.Text;
using ParamArena.Generator.Tests.Interop;
using Xunit;

namespace ParamArena.Generator.Tests.Running;

/// <summary>Every non-shape parameter kind, called against the C test library.</summary>
public unsafe class ParameterKindTests
{
    private static uint Fnv(ReadOnlySpan<byte> bytes)
    {
        uint h = 2166136261;
        foreach (byte b in bytes) h = (h ^ b) * 16777619;
        return h;
    }

    [Fact]
    public void SpansAndArraysArePinnedWithTheirCount()
    {
        Assert.Equal(15, TestNative.Sum(new[] { 1, 2, 3, 4, 5 }));
        Assert.Equal(-1, TestNative.Sum(ReadOnlySpan<int>.Empty));
        Assert.Equal(6, TestNative.SumArray(new[] { 1, 2, 3 }));
        Assert.Equal(-1, TestNative.SumArray(null));
        // InBytes: two ints give a count of 8, and C sums those 8 bytes (little-endian 1 and 0x0201).
        Assert.Equal(1 + 1 + 2, TestNative.SumWithByteCount(new[] { 1, 0x0201 }));
    }

    [Fact]
    public void SpanIsWrittenInPlace()
    {
        int[] data = new int[4];
        TestNative.Fill(data, 10);
        Assert.Equal(new[] { 10, 11, 12, 13 }, data);
        Span<int> slice = data.AsSpan(1, 2);
        TestNative.Fill(slice, 0);
        Assert.Equal(new[] { 10, 0, 1, 13 }, data);
    }

    [Fact]
    public void NullOrEmptyGivesANullPointer()
    {
        Assert.Equal(1, TestNative.IsNull(ReadOnlySpan<byte>.Empty));
        Assert.Equal(1, TestNative.IsNullArray(null));
        Assert.Equal(1, TestNative.IsNullArray(Array.Empty<byte>()));
        Assert.Equal(0, TestNative.IsNullArray(new byte[1]));
    }

    [Fact]
    public void ByRefKinds()
    {
        int value = 41;
        TestNative.Increment(ref value);
        Assert.Equal(42, value);
        TestNative.GetAnswer(out long answer);
        Assert.Equal(42, answer);
        double d = 1.25;
        Assert.Equal(2.5, TestNative.Twice(in d));
        Assert.Equal(2.5, TestNative.TwiceReadOnly(in d));
    }

    [Fact]
    public void PointersPassByReference()
    {
        TestNative.GetStaticText(out void* text);
        Assert.Equal("paramarena", Marshal.PtrToStringUTF8((nint)text));

        byte* start = (byte*)text;
        byte* cursor = start;
        Assert.Equal(5, TestNative.Advance(ref cursor, 5));
        Assert.Equal((nint)(start + 5), (nint)cursor);
        Assert.Equal(5, TestNative.Advance(ref cursor, 99));
        Assert.Equal(0, *cursor);
        byte* peeked = start + 1;
        Assert.Equal((int)'a', TestNative.Peek(in peeked));
        byte* none = null;
        Assert.Equal(-1, TestNative.Advance(ref none, 1));

        fixed (byte* number = "  -1234xyz\0"u8)
        {
            Assert.Equal(-1234, LibC.StrToL(number, out byte* end, 10));
            Assert.Equal((nint)(number + 7), (nint)end);
            Assert.Equal(33 * 36 * 36 + 34 * 36 + 35, LibC.StrToL(end, out end, 36));
            Assert.Equal((nint)(number + 10), (nint)end);
        }
    }

    [Fact]
    public void StringsAsUtf8AndUtf16()
    {
        string text = "héllo, wörld ✓";
        Assert.Equal((nuint)Encoding.UTF8.GetByteCount(text), TestNative.Utf8Length(text));
        Assert.Equal(nuint.MaxValue, TestNative.Utf8Length(null));
        Assert.Equal(Fnv(Encoding.UTF8.GetBytes(text)), TestNative.HashUtf8(text));
        uint h = 2166136261;
        foreach (char c in text) h = (h ^ c) * 16777619;
        Assert.Equal(h, TestNative.HashUtf16(text));
    }

    [Fact]
    public void StringArraysAndSpans()
    {
        string?[] items = { "one", null, "thrée" };
        uint expected = Fnv(Encoding.UTF8.GetBytes("one|<null>|thrée"));
        Assert.Equal(expected, TestNative.HashStrings(items));
        Assert.Equal(0u, TestNative.HashStrings(null));
        Assert.Equal(Fnv(Encoding.UTF8.GetBytes("a|b")), TestNative.HashStringSpan(new[] { "a", "b" }));
    }

    [Fact]
    public void BoolsAndChars()
    {
        Assert.Equal(1, TestNative.BoolValue(true));
        Assert.Equal(0, TestNative.BoolValue(false));
        Assert.Equal(1, TestNative.ByteBoolValue(true));
        Assert.True(TestNative.Not(false));
        Assert.False(TestNative.Not(true));
        bool flag = false;
        TestNative.Toggle(ref flag);
        Assert.True(flag);
        TestNative.Toggle(ref flag);
        Assert.False(flag);
        Assert.Equal('é', TestNative.NextChar('è'));
    }

    [UnmanagedCallersOnly]
    private static int Square(int x) => x * x;

    [Fact]
    public void FunctionPointersEnumsAndStringReturns()
    {
        Assert.Equal(49, TestNative.Apply(&Square, 7));
        Assert.Equal(20, TestNative.EnumValue(Color.Green));
        Assert.Equal("héllo from C", TestNative.Greeting());
    }

    [Fact]
    public void SetLastErrorSavesErrno()
    {
        Marshal.SetLastPInvokeError(0);
        TestNative.SetErrno(34);
        Assert.Equal(34, Marshal.GetLastPInvokeError());
        TestNative.SetErrno(0);
        Assert.Equal(0, Marshal.GetLastPInvokeError());
    }

    [Fact]
    public void SafeHandlesAreCreatedAddRefdAndReleased()
    {
        int before = TestNative.LiveHandles();
        using (TestHandle handle = TestNative.OpenHandle(5))
        {
            Assert.False(handle.IsInvalid);
            Assert.Equal(5, TestNative.ReadHandle(handle));
            Assert.Equal(before + 1, TestNative.LiveHandles());
        }
        Assert.Equal(before, TestNative.LiveHandles());
        TestNative.OpenHandleOut(9, out TestHandle outHandle);
        Assert.Equal(9, TestNative.ReadHandle(outHandle));
        outHandle.Dispose();
        Assert.Equal(before, TestNative.LiveHandles());
        Assert.Throws<ArgumentNullException>(() => TestNative.ReadHandle(null!));
        Assert.Throws<ObjectDisposedException>(() => TestNative.ReadHandle(outHandle));
    }

    private static uint FnvUtf16(uint h, string? text)
    {
        foreach (char c in text ?? "<null>") h = (h ^ c) * 16777619;
        return h;
    }

    [Fact]
    public void Utf16StringReturnIsCopiedFromC()
    {
        Assert.Equal("h\u00e9llo from C \u2713", TestNative.GreetingUtf16(0));
        Assert.Null(TestNative.GreetingUtf16(1));
    }

    [Fact]
    public void Utf16StringArrayReachesCAsUtf16Pointers()
    {
        string?[] items = ["one", null, "thr\u00e9e \u2713"];
        uint expected = 2166136261;
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0) expected = (expected ^ '|') * 16777619;
            expected = FnvUtf16(expected, items[i]);
        }

        Assert.Equal(expected, TestNative.HashStringsUtf16(items));
        Assert.Equal(0u, TestNative.HashStringsUtf16(null));
    }

    [Fact]
    public void MarshalAsLPWStrParameterIsUtf16NextToAUtf8One()
    {
        string utf8 = "caf\u00e9", utf16 = "na\u00efve \u2713";
        uint expected = (Fnv(Encoding.UTF8.GetBytes(utf8)) ^ '|') * 16777619;
        Assert.Equal(FnvUtf16(expected, utf16), TestNative.HashMixed(utf8, utf16));
        Assert.Equal(FnvUtf16(expected, null), TestNative.HashMixed(utf8, null));
    }

    [Fact]
    public void ACountParameterTooSmallForTheArrayThrowsBeforeCIsCalled()
    {
        int[] fits = new int[byte.MaxValue];
        for (int i = 0; i < fits.Length; i++) fits[i] = i;
        int calls = TestNative.SumWithByteCount8Calls();
        Assert.Equal(byte.MaxValue * (byte.MaxValue - 1) / 2, TestNative.SumWithByteCount8(fits));
        Assert.Equal(calls + 1, TestNative.SumWithByteCount8Calls());

        using var lease = ArenaLease.Rent();
        Arena arena = Arena.ForCurrentThread;
        long inUse = arena.Stats.BytesInUse;
        ArgumentException e = Assert.Throws<ArgumentException>(() => TestNative.SumWithByteCount8(new int[byte.MaxValue + 1]));
        Assert.Equal("data", e.ParamName);
        Assert.Equal(calls + 1, TestNative.SumWithByteCount8Calls());
        Assert.Equal(inUse, arena.Stats.BytesInUse);
    }
}
