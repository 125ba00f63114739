using System;
using System.Runtime.InteropServices;
using System.Text;
using Xunit;

namespace ParamArena.Tests.ArenaAllocator;

public unsafe class ArenaAllocationTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    [InlineData(64)]
    [InlineData(4096)]
    public void Alloc_honours_every_power_of_two_alignment(int alignment)
    {
        using var arena = new Arena();
        using var lease = ArenaLease.Rent(arena);
        lease.AllocUninitialized(3, 1);
        for (int i = 0; i < 20; i++)
        {
            byte* p = (byte*)lease.Alloc((nuint)(i * 37 + 1), (nuint)alignment);
            Assert.Equal(0u, (ulong)p % (ulong)alignment);
        }
    }

    [Fact]
    public void Alloc_returns_zeroed_memory_even_where_earlier_scopes_wrote()
    {
        using var arena = new Arena();
        using (var first = ArenaLease.Rent(arena))
        {
            new Span<byte>(first.AllocUninitialized(512, 8), 512).Fill(0xAB);
        }
        using var second = ArenaLease.Rent(arena);
        byte* p = (byte*)second.Alloc(512, 8);
        Assert.True(new Span<byte>(p, 512).IndexOfAnyExcept((byte)0) < 0);
        Span<long> span = second.AllocSpan<long>(16);
        Assert.True(span.IndexOfAnyExcept(0L) < 0);
        Assert.Equal(0L, *second.Alloc<long>());
    }

    [Fact]
    public void Typed_allocations_use_the_type_alignment_and_at_least_pointer_size()
    {
        using var arena = new Arena();
        for (int i = 0; i < 10; i++)
        {
            arena.AllocUninitialized(1, 1);
            Assert.Equal(0u, (ulong)arena.Alloc<byte>() % (ulong)sizeof(void*));
            arena.AllocUninitialized(1, 1);
            Assert.Equal(0u, (ulong)arena.Alloc<Aligned32>() % 32);
            arena.AllocUninitialized(1, 1);
            Assert.Equal(0u, (ulong)arena.AllocUninitialized<System.Runtime.Intrinsics.Vector128<byte>>(1) % 16);
        }
        Assert.Equal((nuint)32, Arena.AlignmentOf<Aligned32>());
        Assert.Equal((nuint)sizeof(void*), Arena.AlignmentOf<byte>());
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Aligned32
    {
        public System.Runtime.Intrinsics.Vector256<byte> Value;
    }

    [Fact]
    public void Copy_copies_the_elements()
    {
        using var arena = new Arena();
        int[] source = { 1, 2, 3, 4, 5 };
        Span<int> copy = arena.Copy<int>(source);
        Assert.Equal(source, copy.ToArray());
        Assert.True(copy.Length == 5);
        Assert.Equal(0, arena.Copy(ReadOnlySpan<int>.Empty).Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("héllo wörld")]
    [InlineData("日本語のテキスト")]
    [InlineData("emoji 😀 and more 🎉")]
    [InlineData("lone \ud800 surrogate")]
    public void Utf8_matches_the_framework_encoder_and_is_nul_terminated(string value)
    {
        using var arena = new Arena();
        byte* p = arena.Utf8(value);
        byte[] expected = Encoding.UTF8.GetBytes(value);
        Assert.Equal(expected, new ReadOnlySpan<byte>(p, expected.Length).ToArray());
        Assert.Equal(0, p[expected.Length]);
    }

    [Fact]
    public void Utf8_gives_back_the_unused_worst_case_bytes()
    {
        using var arena = new Arena(new ArenaOptions { Checks = false });
        byte* first = arena.Utf8("abcd");
        byte* second = (byte*)arena.AllocUninitialized(1, 1);
        // The worst case is 13 bytes (16 with the granule); "abcd" and its NUL keep 5, rounded to the granule.
        Assert.Equal(RoundUp(5), (int)(second - first));
    }

    [Fact]
    public void Utf8_of_strings_longer_than_a_page_is_exact()
    {
        using var arena = new Arena();
        string value = new string('x', 3000) + "é" + new string('y', 5000);
        byte* p = arena.Utf8(value);
        byte[] expected = Encoding.UTF8.GetBytes(value);
        Assert.True(new ReadOnlySpan<byte>(p, expected.Length).SequenceEqual(expected));
        Assert.Equal(0, p[expected.Length]);
    }

    [Fact]
    public void Utf8_that_moves_to_the_next_page_is_exact_and_gives_back_the_rest()
    {
        using var arena = new Arena(new ArenaOptions { Checks = false });
        arena.AllocUninitialized(1000, 1);
        string value = new string('x', 3000) + "é" + new string('y', 1000);
        byte* p = arena.Utf8(value);
        byte[] expected = Encoding.UTF8.GetBytes(value);
        Assert.True(new ReadOnlySpan<byte>(p, expected.Length).SequenceEqual(expected));
        Assert.Equal(0, p[expected.Length]);
        Assert.True(p + RoundUp(expected.Length + 1) == (byte*)arena.AllocUninitialized(1, 1));
    }

    [Fact]
    public void Utf8_whose_worst_case_does_not_fit_but_whose_bytes_do_stays_on_the_page()
    {
        using var arena = new Arena(new ArenaOptions { Checks = false });
        byte* start = (byte*)arena.AllocUninitialized(0, 1);
        string value = new string('q', 2000) + "ü";
        byte* p = arena.Utf8(value);
        byte[] expected = Encoding.UTF8.GetBytes(value);
        Assert.True(p == start);
        Assert.True(new ReadOnlySpan<byte>(p, expected.Length).SequenceEqual(expected));
        Assert.Equal(0, p[expected.Length]);
        Assert.Equal(1, arena.Stats.Pages);
        Assert.Equal(RoundUp(expected.Length + 1), arena.Stats.BytesInUse);
    }

    [Fact]
    public void Strings_map_null_to_null()
    {
        using var arena = new Arena();
        using var lease = ArenaLease.Rent(arena);
        Assert.True(arena.Utf8(null) == null);
        Assert.True(arena.Utf16(null) == null);
        Assert.True(lease.Utf8(null) == null);
        Assert.True(lease.Utf16(null) == null);
    }

    [Fact]
    public void Utf16_is_a_nul_terminated_copy()
    {
        using var arena = new Arena();
        char* p = arena.Utf16("añb😀");
        Assert.Equal("añb😀", new string(p));
        Assert.Equal(0u, (ulong)p % 2);
    }

    [Fact]
    public void String_arrays_keep_null_entries_null()
    {
        using var arena = new Arena();
        string?[] values = { "one", null, "three", "" };
        byte** utf8 = arena.Utf8Array(values);
        char** utf16 = arena.Utf16Array(values);
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] is null)
            {
                Assert.True(utf8[i] == null);
                Assert.True(utf16[i] == null);
            }
            else
            {
                Assert.Equal(values[i], Marshal.PtrToStringUTF8((nint)utf8[i]));
                Assert.Equal(values[i], new string(utf16[i]));
            }
        }
    }

    /// <summary>Unchecked allocations take whole granules (8 bytes), so the cursor stays aligned for the inlined bump.</summary>
    private static int RoundUp(int size) => (size + (int)Arena.Granule - 1) & ~((int)Arena.Granule - 1);
}
