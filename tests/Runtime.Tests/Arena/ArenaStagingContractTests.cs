using System;
using System.Text;
using Xunit;

namespace ParamArena.Tests.ArenaAllocator;

/// <summary>
/// ArenaStaging's helpers and the Arena / ArenaLease methods of the same name keep one contract (issue 10):
/// empty in, null out with nothing allocated; all or nothing on failure; the same argument checks.
/// </summary>
public unsafe class ArenaStagingContractTests
{
    private static Arena Unchecked(long? maxSize = null) => new(new ArenaOptions { Checks = false, MaxSize = maxSize });

    /// <summary>Where the next allocation would land: unchanged means nothing was allocated.</summary>
    private static nint Next(Arena arena) => (nint)arena.AllocUninitialized(0, 8);

    [Fact]
    public void Empty_string_arrays_give_null_and_allocate_nothing_on_arena_lease_and_staging()
    {
        using var arena = Unchecked();
        using var lease = ArenaLease.Rent(arena);
        nint next = Next(arena);
        string?[] empty = Array.Empty<string?>();
        string[]? absent = null;

        Assert.True(arena.Utf8Array(empty) == null);
        Assert.True(arena.Utf16Array(empty) == null);
        Assert.True(lease.Utf8Array(empty) == null);
        Assert.True(lease.Utf16Array(empty) == null);
        Assert.True(ArenaStaging.Utf8Array(lease, empty) == null);
        Assert.True(ArenaStaging.Utf16Array(lease, empty) == null);
        Assert.True(ArenaStaging.Utf8Array(lease, absent) == null);
        Assert.True(ArenaStaging.Utf16Array(lease, absent) == null);

        Assert.Equal(next, Next(arena));
        Assert.Equal(0, arena.Stats.BytesInUse);
    }

    [Fact]
    public void Empty_copies_allocate_nothing()
    {
        using var arena = Unchecked();
        using var lease = ArenaLease.Rent(arena);
        nint next = Next(arena);

        Assert.True(ArenaStaging.Copy<int>(lease, ReadOnlySpan<int>.Empty) == null);
        Assert.True(ArenaStaging.Copy<int>(lease, (int[]?)null) == null);
        Assert.True(lease.Copy<int>(ReadOnlySpan<int>.Empty).IsEmpty);
        Assert.True(arena.Copy<int>(ReadOnlySpan<int>.Empty).IsEmpty);

        Assert.Equal(next, Next(arena));
    }

    [Fact]
    public void String_arrays_hold_the_same_strings_through_every_entry_point()
    {
        using var arena = Unchecked();
        using var lease = ArenaLease.Rent(arena);
        string?[] values = { "one", null, "", "añb😀" };
        byte**[] utf8 = { arena.Utf8Array(values), lease.Utf8Array(values), ArenaStaging.Utf8Array(lease, values) };
        char**[] utf16 = { arena.Utf16Array(values), lease.Utf16Array(values), ArenaStaging.Utf16Array(lease, values) };
        for (int k = 0; k < 3; k++)
        {
            for (int i = 0; i < values.Length; i++)
            {
                if (values[i] is not string value)
                {
                    Assert.True(utf8[k][i] == null);
                    Assert.True(utf16[k][i] == null);
                    continue;
                }
                byte[] expected = Encoding.UTF8.GetBytes(value);
                Assert.True(new ReadOnlySpan<byte>(utf8[k][i], expected.Length).SequenceEqual(expected));
                Assert.Equal(0, utf8[k][i][expected.Length]);
                Assert.Equal(value, new string(utf16[k][i]));
            }
        }
    }

    public static TheoryData<string> Entries => new() { "arena", "lease", "staging" };

    [Theory]
    [MemberData(nameof(Entries))]
    public void A_string_array_that_does_not_fit_leaves_the_arena_as_it_was(string entry)
    {
        using var arena = Unchecked(maxSize: 8192);
        using var lease = ArenaLease.Rent(arena);
        lease.AllocUninitialized(100, 8);
        nint next = Next(arena);
        ArenaStats before = arena.Stats;
        // The first strings fit (and take a second page); a later one cannot.
        string?[] values = { new string('a', 1000), new string('b', 2500), new string('c', 2500), new string('d', 6000) };

        Assert.Throws<ArenaExhaustedException>(() =>
        {
            using var inner = ArenaLease.Rent(arena);
            switch (entry)
            {
                case "arena": arena.Utf16Array(values); break;
                case "lease": inner.Utf8Array(values); break;
                default: ArenaStaging.Utf8Array(inner, values); break;
            }
        });

        Assert.Equal(next, Next(arena));
        ArenaStats after = arena.Stats;
        Assert.Equal(before.BytesInUse, after.BytesInUse);
        Assert.Equal(before.Pages, after.Pages);
        Assert.Equal(before.LargeBlocks, after.LargeBlocks);
    }

    [Fact]
    public void Staging_rejects_a_negative_count_as_the_lease_does()
    {
        using var arena = Unchecked();
        var lease = ArenaLease.Rent(arena);
        try
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => { var l = ArenaLease.Rent(arena); try { l.AllocUninitialized<long>(-1); } finally { l.Dispose(); } });
            Assert.Throws<ArgumentOutOfRangeException>(() => { var l = ArenaLease.Rent(arena); try { ArenaStaging.AllocUninitialized<long>(l, -1); } finally { l.Dispose(); } });
            Assert.Equal((nuint)sizeof(void*), ArenaStaging.AlignOf<byte>());
            Assert.Equal((nuint)32, ArenaStaging.AlignOf<System.Runtime.Intrinsics.Vector256<byte>>());
        }
        finally
        {
            lease.Dispose();
        }
    }

    [Fact]
    public void Stack_staging_keeps_short_strings_in_the_buffer_without_renting()
    {
        if (Arena.ThreadArenasChecked) return; // checked mode stages everything in the arena: see the next test
        scoped ArenaLease lease = default;
        Span<byte> buffer = stackalloc byte[64];
        byte* start = (byte*)System.Runtime.CompilerServices.Unsafe.AsPointer(ref buffer[0]);
        try
        {
            byte* a = ArenaStaging.Utf8(ref lease, ref buffer, "abc");
            byte* b = ArenaStaging.Utf8(ref lease, ref buffer, "ü");
            byte* none = ArenaStaging.Utf8(ref lease, ref buffer, null);
            Assert.True(a == start);
            Assert.True(b == start + 4);
            Assert.True(none == null);
            Assert.Equal(64 - 4 - 3, buffer.Length);
            Assert.Equal("abc", Encoding.UTF8.GetString(a, 3));
            Assert.Equal(0, a[3]);
            Assert.Equal("ü", Encoding.UTF8.GetString(b, 2));
            Assert.Equal(0, b[2]);
            Assert.True(lease.IsDefault);
        }
        finally
        {
            lease.Dispose();
        }
    }

    [Fact]
    public void TryUtf8_stages_what_fits_and_leaves_the_buffer_as_it_was_otherwise()
    {
        Span<byte> buffer = stackalloc byte[8];
        byte* start = (byte*)System.Runtime.CompilerServices.Unsafe.AsPointer(ref buffer[0]);
        Assert.True(ArenaStaging.TryUtf8(ref buffer, null, out byte* none));
        Assert.True(none == null);
        Assert.Equal(8, buffer.Length);
        // Eight units never fit eight bytes; four two-byte units fit by length but not by bytes.
        Assert.False(ArenaStaging.TryUtf8(ref buffer, "12345678", out byte* longer));
        Assert.False(ArenaStaging.TryUtf8(ref buffer, "éééé", out byte* wider));
        Assert.True(longer == null && wider == null);
        Assert.Equal(8, buffer.Length);
        bool fit = ArenaStaging.TryUtf8(ref buffer, "abc", out byte* abc);
        if (Arena.ThreadArenasChecked)
        {
            Assert.False(fit); // checked mode sends every string to the arena
            return;
        }
        Assert.True(fit);
        Assert.True(abc == start);
        Assert.Equal("abc\0", Encoding.UTF8.GetString(abc, 4));
        Assert.Equal(4, buffer.Length);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("", 1)]
    [InlineData("abc", 10)]
    [InlineData(1365, 4096)]
    [InlineData(1366, 4096)]
    [InlineData(1 << 20, 4096)]
    public void Utf8StackSize_counts_three_bytes_a_unit_and_the_nul_up_to_MaxStackBytes(object? value, int expected)
    {
        string? text = value is int length ? new string('x', length) : (string?)value;
        Assert.Equal(expected, ArenaStaging.Utf8StackSize(text));
    }

    [Fact]
    public void Stack_staging_rents_once_for_strings_that_do_not_fit()
    {
        Arena arena = Arena.ForCurrentThread;
        int depth = arena.OpenLeases;
        scoped ArenaLease lease = default;
        Span<byte> buffer = stackalloc byte[16];
        try
        {
            // 15 units but 30 bytes of UTF-8: fits by length, not by bytes; then one longer than the buffer.
            string twoByte = new string('é', 15);
            string longer = new string('x', 100);
            byte* p = ArenaStaging.Utf8(ref lease, ref buffer, twoByte);
            Assert.True(lease.IsOpen);
            Assert.Equal(depth + 1, arena.OpenLeases);
            byte* q = ArenaStaging.Utf8(ref lease, ref buffer, longer);
            Assert.Equal(depth + 1, arena.OpenLeases); // the same lease, not a second rent
            Assert.Equal(twoByte, Encoding.UTF8.GetString(p, 30));
            Assert.Equal(0, p[30]);
            Assert.Equal(longer, Encoding.UTF8.GetString(q, 100));
            Assert.Equal(0, q[100]);
            if (!Arena.ThreadArenasChecked) Assert.Equal(16, buffer.Length); // nothing was left in the buffer
        }
        finally
        {
            lease.Dispose();
        }
        Assert.Equal(depth, arena.OpenLeases);
        Assert.False(lease.IsOpen);
    }

    [Fact]
    public void Stack_staging_and_a_re_entrant_call_keep_each_others_strings()
    {
        Arena arena = Arena.ForCurrentThread;
        int depth = arena.OpenLeases;
        scoped ArenaLease outer = default;
        Span<byte> buffer = stackalloc byte[32];
        try
        {
            byte* shortOne = ArenaStaging.Utf8(ref outer, ref buffer, "outer");
            byte* longOne = ArenaStaging.Utf8(ref outer, ref buffer, new string('o', 100)); // rents the outer lease
            // A callback on the same thread makes its own staged call: a nested scope, or its own stack.
            Callback();
            Assert.Equal("outer", Encoding.UTF8.GetString(shortOne, 5));
            Assert.Equal(new string('o', 100), Encoding.UTF8.GetString(longOne, 100));
            Assert.Equal(0, longOne[100]);
            Assert.Equal(depth + 1, arena.OpenLeases);
        }
        finally
        {
            outer.Dispose();
        }
        Assert.Equal(depth, arena.OpenLeases);

        static void Callback()
        {
            scoped ArenaLease inner = default;
            Span<byte> innerBuffer = stackalloc byte[8];
            try
            {
                byte* p = ArenaStaging.Utf8(ref inner, ref innerBuffer, new string('i', 200));
                new Span<byte>(p, 200).Fill((byte)'x');
            }
            finally
            {
                inner.Dispose();
            }
        }
    }

    [Fact]
    public void Stack_staging_uses_the_arena_in_checked_mode()
    {
        if (!Arena.ThreadArenasChecked) return; // runs under PARAMARENA_CHECKS=1
        scoped ArenaLease lease = default;
        Span<byte> buffer = stackalloc byte[64];
        try
        {
            byte* a = ArenaStaging.Utf8(ref lease, ref buffer, "abc");
            Assert.True(lease.IsOpen);
            Assert.Equal(64, buffer.Length);
            Assert.Equal("abc", Encoding.UTF8.GetString(a, 3));
        }
        finally
        {
            lease.Dispose();
        }
    }

    [Fact]
    public void Stack_lease_keeps_what_fits_in_the_buffer_without_renting()
    {
        if (Arena.ThreadArenasChecked) return; // checked mode stages everything in the arena: see below
        Arena arena = Arena.ForCurrentThread;
        int depth = arena.OpenLeases;
        Span<byte> buffer = stackalloc byte[256];
        byte* first = (byte*)System.Runtime.CompilerServices.Unsafe.AsPointer(ref buffer[0]);
        byte* last = first + buffer.Length;
        using (ArenaLease lease = ArenaLease.Rent(buffer))
        {
            byte* a = lease.Utf8("abc");
            byte* b = lease.Utf8("ü");
            long* number = lease.Alloc<long>();
            char* wide = lease.Utf16("wide");
            Span<int> copy = lease.Copy<int>(new[] { 1, 2, 3 });
            byte** names = lease.Utf8Array(new[] { "x", null, "yz" });
            char** wideNames = lease.Utf16Array(new[] { null, "wz" });
            Assert.True(lease.Utf8(null) == null);
            Assert.True(wideNames[0] == null);
            Assert.Equal("wz", new string(wideNames[1]));
            Assert.InRange((nint)wideNames[1], (nint)first, (nint)last - 1);
            foreach (nint p in new[] { (nint)a, (nint)b, (nint)number, (nint)wide, (nint)names, (nint)names[0], (nint)names[2] })
                Assert.InRange(p, (nint)first, (nint)last - 1);
            Assert.True(b == a + 8); // "abc" and its NUL take one 8-byte granule
            Assert.Equal(0, (long)number % 8);
            Assert.Equal(0L, *number);
            Assert.Equal("abc", Encoding.UTF8.GetString(a, 3));
            Assert.Equal(0, a[3]);
            Assert.Equal("ü", Encoding.UTF8.GetString(b, 2));
            Assert.Equal("wide", new string(wide));
            Assert.Equal(new[] { 1, 2, 3 }, copy.ToArray());
            Assert.True(names[1] == null);
            Assert.Equal("yz", Encoding.UTF8.GetString(names[2], 2));
            Assert.Equal(depth, arena.OpenLeases); // nothing rented
            Assert.True(lease.IsOpen);
            Assert.Same(arena, lease.Arena);
        }
        Assert.Equal(depth, arena.OpenLeases);
    }

    [Fact]
    public void Stack_lease_rents_the_arena_once_for_what_does_not_fit_and_releases_it()
    {
        Arena arena = Arena.ForCurrentThread;
        int depth = arena.OpenLeases;
        Span<byte> buffer = stackalloc byte[64];
        byte* first = (byte*)System.Runtime.CompilerServices.Unsafe.AsPointer(ref buffer[0]);
        ArenaLease lease = ArenaLease.Rent(buffer);
        try
        {
            // 15 units but 30 bytes of UTF-8 with room for fewer: the arena; then more that does not fit.
            string twoByte = new string('é', 15);
            byte* small = lease.Utf8("a");
            byte* p = lease.Utf8(twoByte);
            Assert.Equal(depth + 1, arena.OpenLeases);
            byte* q = lease.Utf8(new string('x', 100));
            byte* r = (byte*)lease.AllocUninitialized(200, 8);
            char* w = lease.Utf16(new string('w', 100));
            Assert.Equal(depth + 1, arena.OpenLeases); // the same scope, not a second rent
            Assert.Equal(new string('w', 100), new string(w));
            Assert.False(q >= first && q < first + 64);
            Assert.Equal(twoByte, Encoding.UTF8.GetString(p, 30));
            Assert.Equal(0, p[30]);
            Assert.Equal(new string('x', 100), Encoding.UTF8.GetString(q, 100));
            new Span<byte>(r, 200).Fill(7);
            Assert.Equal("a", Encoding.UTF8.GetString(small, 1));
        }
        finally
        {
            lease.Dispose();
        }
        Assert.Equal(depth, arena.OpenLeases);
        Assert.False(lease.IsOpen);
        lease.Dispose(); // a second dispose does nothing
        Assert.Equal(depth, arena.OpenLeases);
        bool threw = false;
        try { lease.Utf8("after"); } catch (ObjectDisposedException) { threw = true; }
        Assert.True(threw);
    }

    [Fact]
    public void Stack_lease_string_arrays_are_all_in_the_buffer_or_all_in_the_arena()
    {
        Arena arena = Arena.ForCurrentThread;
        Span<byte> buffer = stackalloc byte[96];
        byte* first = (byte*)System.Runtime.CompilerServices.Unsafe.AsPointer(ref buffer[0]);
        using ArenaLease lease = ArenaLease.Rent(buffer);
        // The pointer array and the first strings would fit; the last does not, so all of it goes to the arena.
        byte** names = lease.Utf8Array(new[] { "one", "two", new string('t', 40) });
        Assert.False((byte*)names >= first && (byte*)names < first + 96);
        Assert.False(names[0] >= first && names[0] < first + 96);
        Assert.Equal("two", Encoding.UTF8.GetString(names[1], 3));
        Assert.Equal(40, new ReadOnlySpan<byte>(names[2], 41).IndexOf((byte)0));
        // The buffer was left as it was: a short string still lands at its start.
        if (!Arena.ThreadArenasChecked) Assert.True(lease.Utf8("s") >= first && lease.Utf8("s") < first + 96);
    }

    [Fact]
    public void Stack_lease_utf16_arrays_are_all_in_the_buffer_or_all_in_the_arena()
    {
        Span<byte> buffer = stackalloc byte[96];
        byte* first = (byte*)System.Runtime.CompilerServices.Unsafe.AsPointer(ref buffer[0]);
        byte* end = first + buffer.Length;
        using ArenaLease lease = ArenaLease.Rent(buffer);
        char** fits = lease.Utf16Array(new[] { "ab", null });
        if (!Arena.ThreadArenasChecked) Assert.True((byte*)fits >= first && (byte*)fits < end && (byte*)fits[0] >= first && (byte*)fits[0] < end);
        Assert.True(fits[1] == null);
        // The pointer array and the first string would fit; the second does not, so all of it goes to the arena.
        char** names = lease.Utf16Array(new[] { "one", new string('t', 40) });
        Assert.False((byte*)names >= first && (byte*)names < end);
        Assert.False((byte*)names[0] >= first && (byte*)names[0] < end);
        Assert.Equal("one", new string(names[0]));
        Assert.Equal(new string('t', 40), new string(names[1]));
        // The buffer was left where the first array put it: a short string still fits after it.
        if (!Arena.ThreadArenasChecked) Assert.True(lease.Utf8("s") >= first && lease.Utf8("s") < end);
    }

    [Fact]
    public void Stack_lease_failure_after_renting_leaves_the_arena_as_before()
    {
        Arena thread = Arena.ForCurrentThread;
        int depth = thread.OpenLeases;
        Span<byte> buffer = stackalloc byte[64];
        using ArenaLease lease = ArenaLease.Rent(buffer);
        Assert.Throws<ArgumentOutOfRangeException>(() => { ArenaLease l = ArenaLease.Rent(stackalloc byte[64]); try { l.AllocUninitialized(8, 3); } finally { l.Dispose(); } });
        bool threw = false;
        try { lease.AllocUninitialized(8, 3); } catch (ArgumentOutOfRangeException) { threw = true; }
        Assert.True(threw);
        Assert.Equal(depth, thread.OpenLeases); // the scope rented for the failed allocation was given back
        Assert.True(lease.IsOpen);
    }

    [Fact]
    public void Stack_lease_and_a_re_entrant_call_keep_each_others_data()
    {
        Arena arena = Arena.ForCurrentThread;
        int depth = arena.OpenLeases;
        using (ArenaLease outer = ArenaLease.Rent(stackalloc byte[64]))
        {
            byte* shortOne = outer.Utf8("outer");
            byte* longOne = outer.Utf8(new string('o', 100)); // rents the arena
            // A callback on the same thread makes its own staged call: a nested scope, or its own stack.
            Callback();
            Assert.Equal("outer", Encoding.UTF8.GetString(shortOne, 5));
            Assert.Equal(new string('o', 100), Encoding.UTF8.GetString(longOne, 100));
            Assert.Equal(0, longOne[100]);
            Assert.Equal(depth + 1, arena.OpenLeases);
        }
        Assert.Equal(depth, arena.OpenLeases);

        static void Callback()
        {
            using ArenaLease inner = ArenaLease.Rent(stackalloc byte[64]);
            byte* p = inner.Utf8(new string('i', 200));
            new Span<byte>(p, 200).Fill((byte)'x');
        }
    }

    [Fact]
    public void Stack_lease_rejects_a_buffer_too_small_for_its_state()
    {
        Assert.Throws<ArgumentException>(() => { ArenaLease l = ArenaLease.Rent(stackalloc byte[ArenaLease.StackBufferOverhead - 1]); l.Dispose(); });
    }

    [Fact]
    public void Stack_lease_uses_the_arena_in_checked_mode()
    {
        if (!Arena.ThreadArenasChecked) return; // runs under PARAMARENA_CHECKS=1
        Arena arena = Arena.ForCurrentThread;
        int depth = arena.OpenLeases;
        Span<byte> buffer = stackalloc byte[256];
        byte* first = (byte*)System.Runtime.CompilerServices.Unsafe.AsPointer(ref buffer[0]);
        using ArenaLease lease = ArenaLease.Rent(buffer);
        byte* a = lease.Utf8("abc");
        Assert.Equal(depth + 1, arena.OpenLeases);
        Assert.False(a >= first && a < first + 256);
        Assert.Equal("abc", Encoding.UTF8.GetString(a, 3));
    }

    [Fact]
    public void Unchecked_allocations_of_any_size_keep_typed_allocations_aligned()
    {
        using var arena = Unchecked();
        using var lease = ArenaLease.Rent(arena);
        for (int size = 0; size < 40; size++)
        {
            lease.AllocUninitialized((nuint)size, 1);
            lease.Utf8(new string('z', size));
            lease.Utf16(new string('y', size));
            long* p = lease.AllocUninitialized<long>();
            Assert.Equal(0, (long)p % sizeof(long));
            // The granule keeps the cursor aligned; a larger alignment still aligns.
            Assert.Equal(0, (long)lease.AllocUninitialized(1, 64) % 64);
        }
    }
}
