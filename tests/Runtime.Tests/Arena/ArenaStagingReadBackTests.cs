using System;
using Xunit;

namespace ParamArena.Tests.ArenaAllocator;

/// <summary>ArenaStaging's way back and fixed-size buffer helpers, at their edges.</summary>
public unsafe class ArenaStagingReadBackTests
{
    [Fact]
    public void Fixed_utf8_fits_capacity_minus_one_bytes_and_zeroes_the_rest()
    {
        byte* buffer = stackalloc byte[8];
        new Span<byte>(buffer, 8).Fill(0xAA);
        ArenaStaging.StageFixedUtf8("abcdeé", buffer, 8, "Name"); // 7 bytes and the NUL
        Assert.Equal("abcdeé"u8.ToArray(), new ReadOnlySpan<byte>(buffer, 7).ToArray());
        Assert.Equal(0, buffer[7]);
        Assert.Equal("abcdeé", ArenaStaging.ReadFixedUtf8(buffer, 8));

        ArenaStaging.StageFixedUtf8("ab", buffer, 8, "Name");
        Assert.Equal(new byte[] { (byte)'a', (byte)'b', 0, 0, 0, 0, 0, 0 }, new ReadOnlySpan<byte>(buffer, 8).ToArray());
        ArenaStaging.StageFixedUtf8(null, buffer, 8, "Name");
        Assert.Equal(new byte[8], new ReadOnlySpan<byte>(buffer, 8).ToArray());
        Assert.Equal("", ArenaStaging.ReadFixedUtf8(buffer, 8));
    }

    [Fact]
    public void Fixed_utf8_too_long_throws_naming_the_field_and_counting_bytes()
    {
        byte* buffer = stackalloc byte[8];
        // Seven units, but 'é' is two bytes: eight bytes and the NUL do not fit.
        ArgumentException e = Assert.Throws<ArgumentException>(() => ArenaStaging.StageFixedUtf8("abcdefé", buffer, 8, "DeviceName"));
        Assert.Equal("DeviceName", e.ParamName);
        Assert.Contains("8 UTF-8 bytes", e.Message);
        Assert.Contains("at most 7", e.Message);
    }

    [Fact]
    public void Fixed_buffer_without_a_nul_reads_to_its_end()
    {
        byte* bytes = stackalloc byte[4];
        new Span<byte>(bytes, 4).Fill((byte)'x');
        Assert.Equal("xxxx", ArenaStaging.ReadFixedUtf8(bytes, 4));
        char* chars = stackalloc char[3];
        new Span<char>(chars, 3).Fill('y');
        Assert.Equal("yyy", ArenaStaging.ReadFixedUtf16(chars, 3));
    }

    [Fact]
    public void Fixed_utf16_counts_chars_with_the_nul()
    {
        char* buffer = stackalloc char[4];
        ArenaStaging.StageFixedUtf16("ω✓z", buffer, 4, "Wide");
        Assert.Equal("ω✓z", ArenaStaging.ReadFixedUtf16(buffer, 4));
        Assert.Equal('\0', buffer[3]);
        ArgumentException e = Assert.Throws<ArgumentException>(() => ArenaStaging.StageFixedUtf16("four", buffer, 4, "Wide"));
        Assert.Equal("Wide", e.ParamName);
        ArenaStaging.StageFixedUtf16(null, buffer, 4, "Wide");
        Assert.Equal("", ArenaStaging.ReadFixedUtf16(buffer, 4));
    }

    [Fact]
    public void Fixed_arrays_zero_after_short_values_and_reject_long_ones()
    {
        float* buffer = stackalloc float[4];
        ArenaStaging.StageFixed<float>(new[] { 1f, 2f }, buffer, 4, "Color");
        Assert.Equal(new[] { 1f, 2f, 0f, 0f }, ArenaStaging.ReadFixed(buffer, 4));
        ArenaStaging.StageFixed<float>((float[]?)null, buffer, 4, "Color");
        Assert.Equal(new float[4], ArenaStaging.ReadFixed(buffer, 4));
        ArgumentException e = Assert.Throws<ArgumentException>(() => ArenaStaging.StageFixed<float>(new float[5], buffer, 4, "Color"));
        Assert.Equal("Color", e.ParamName);
    }

    [Fact]
    public void Read_arrays_give_null_for_null_empty_for_zero_and_reject_impossible_counts()
    {
        int* values = stackalloc int[] { 4, 5, 6 };
        Assert.Null(ArenaStaging.ReadArray<int>(null, 3));
        Assert.Empty(ArenaStaging.ReadArray(values, 0)!);
        Assert.Equal(new[] { 4, 5 }, ArenaStaging.ReadArray(values, 2));
        // A negative native count arrives sign-extended.
        Assert.Throws<InvalidOperationException>(() => ArenaStaging.ReadArray(values, unchecked((ulong)-1L)));

        byte** strings = stackalloc byte*[2];
        fixed (byte* one = "one\0"u8)
        {
            strings[0] = one;
            strings[1] = null;
            Assert.Equal(new[] { "one", null }, ArenaStaging.ReadUtf8Array(strings, 2));
        }
        Assert.Null(ArenaStaging.ReadUtf8Array(null, 2));
        Assert.Null(ArenaStaging.ReadUtf8(null));
        Assert.Null(ArenaStaging.ReadUtf16(null));
    }
}
