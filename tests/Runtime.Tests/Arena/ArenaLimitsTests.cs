using System;
using Xunit;

namespace ParamArena.Tests.ArenaAllocator;

/// <summary>Bad input and exhaustion: each case checks the arena is exactly as before afterwards.</summary>
public unsafe class ArenaLimitsTests
{
    /// <summary>What "unchanged" means: same position (the next allocation lands where it would have), same stats, same data.</summary>
    private readonly struct Snapshot
    {
        private readonly ArenaStats _stats;
        private readonly long _nativeAllocations;
        private readonly int _openLeases;

        public Snapshot(Arena arena)
        {
            _stats = arena.Stats;
            _nativeAllocations = arena.NativeAllocationCount;
            _openLeases = arena.OpenLeases;
        }

        public void AssertUnchanged(Arena arena, bool nativeCallsAllowed = false)
        {
            ArenaStats now = arena.Stats;
            Assert.Equal(_stats.BytesInUse, now.BytesInUse);
            Assert.Equal(_stats.BytesReserved, now.BytesReserved);
            Assert.Equal(_stats.Pages, now.Pages);
            Assert.Equal(_stats.LargeBlocks, now.LargeBlocks);
            if (!nativeCallsAllowed) Assert.Equal(_nativeAllocations, arena.NativeAllocationCount);
            Assert.Equal(_openLeases, arena.OpenLeases);
        }
    }

    private static Arena Limited() => new(new ArenaOptions { Checks = false, FirstPageSize = 4096, MaxPageSize = 4096, LargeBlockThreshold = 2048, MaxSize = 16 * 1024 });

    [Fact]
    public void Exceeding_MaxSize_throws_with_requested_used_and_limit_and_changes_nothing()
    {
        using var arena = Limited();
        using var lease = ArenaLease.Rent(arena);
        byte* kept = lease.Utf8("kept");
        lease.AllocUninitialized(3000, 8);
        var snapshot = new Snapshot(arena);
        byte* expectedNext = (byte*)arena.AllocUninitialized(0, 8);
        ArenaExhaustedException? error = null;
        try { lease.Alloc(20_000, 8); }
        catch (ArenaExhaustedException caught) { error = caught; }
        Assert.NotNull(error);
        Assert.Equal(20_000ul, error!.RequestedBytes);
        Assert.Equal(16 * 1024, error.Limit);
        Assert.Contains("20000 bytes", error.Message);
        Assert.Contains("16384", error.Message);
        Assert.Contains($"{error.BytesInUse} bytes are in use", error.Message);
        snapshot.AssertUnchanged(arena);
        Assert.True(expectedNext == (byte*)arena.AllocUninitialized(0, 8));
        Assert.Equal("kept", new string((sbyte*)kept));
    }

    [Fact]
    public void TryAlloc_returns_false_instead_of_throwing_and_changes_nothing()
    {
        using var arena = Limited();
        using var lease = ArenaLease.Rent(arena);
        lease.AllocUninitialized(1000, 8);
        var snapshot = new Snapshot(arena);
        Assert.False(lease.TryAlloc(1 << 20, 8, out void* pointer));
        Assert.True(pointer == null);
        Assert.False(arena.TryAlloc(nuint.MaxValue - 10, 8, out pointer));
        snapshot.AssertUnchanged(arena);
        Assert.True(lease.TryAlloc(100, 8, out pointer));
        Assert.True(pointer != null);
        Assert.Equal(0, ((byte*)pointer)[99]);
    }

    [Fact]
    public void Filling_up_to_MaxSize_works_then_stops_exactly_at_the_limit()
    {
        using var arena = Limited();
        using var lease = ArenaLease.Rent(arena);
        int count = 0;
        while (lease.TryAlloc(1000, 8, out _)) count++;
        // Four 4 KiB pages reach MaxSize exactly; each holds as many 1000-byte blocks as fit after its header.
        int perPage = (4096 - ArenaPage.HeaderSize) / 1000;
        Assert.Equal(4 * perPage, count);
        Assert.Equal(16 * 1024, arena.Stats.BytesReserved);
        Assert.Equal(4, arena.Stats.Pages);
        // What is left of the last page can still be used, to the byte, and not one byte more.
        int left = 4096 - ArenaPage.HeaderSize - perPage * 1000;
        Assert.False(lease.TryAlloc((nuint)left + 1, 1, out _));
        Assert.True(lease.TryAlloc((nuint)left, 1, out void* last));
        Assert.True(last != null);
        Assert.False(lease.TryAlloc(1, 1, out _));
        // In use counts what was handed out; the tails of full pages skipped on a page change are not in use.
        Assert.Equal(count * 1000 + left, arena.Stats.BytesInUse);
    }

    [Fact]
    public void Kept_pages_are_given_back_to_stay_under_MaxSize()
    {
        using var arena = new Arena(new ArenaOptions { FirstPageSize = 4096, MaxPageSize = 4096, LargeBlockThreshold = 3500, MaxSize = 12 * 1024 });
        using (var lease = ArenaLease.Rent(arena))
        {
            lease.AllocUninitialized(3000, 8);
            lease.AllocUninitialized(3000, 8);
        }
        Assert.Equal(2, arena.Stats.Pages);
        using (var lease = ArenaLease.Rent(arena))
        {
            byte* big = (byte*)lease.Alloc(6000, 8);
            big[5999] = 1;
            Assert.Equal(1, arena.Stats.Pages);
            Assert.Equal(1, arena.Stats.LargeBlocks);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(12)]
    [InlineData(8192)]
    public void Invalid_alignment_is_rejected_before_anything_changes(int alignment)
    {
        using var arena = new Arena();
        using var lease = ArenaLease.Rent(arena);
        lease.Alloc(10, 1);
        var snapshot = new Snapshot(arena);
        Assert.Throws<ArgumentOutOfRangeException>(() => arena.Alloc(16, (nuint)alignment));
        Assert.Throws<ArgumentOutOfRangeException>(() => arena.AllocUninitialized(16, (nuint)alignment));
        Assert.Throws<ArgumentOutOfRangeException>(() => arena.TryAlloc(16, (nuint)alignment, out _));
        snapshot.AssertUnchanged(arena);
    }

    [Fact]
    public void Negative_counts_are_rejected_before_anything_changes()
    {
        using var arena = new Arena();
        arena.Alloc(10, 1);
        var snapshot = new Snapshot(arena);
        Assert.Throws<ArgumentOutOfRangeException>(() => arena.Alloc<int>(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => arena.AllocUninitialized<int>(-5));
        Assert.Throws<ArgumentOutOfRangeException>(() => { arena.AllocSpan<long>(int.MinValue); });
        Assert.Throws<ArgumentOutOfRangeException>(() => { arena.AllocSpanUninitialized<long>(-1); });
        snapshot.AssertUnchanged(arena);
    }

    [Fact]
    public void Count_times_size_overflow_is_rejected_before_anything_changes()
    {
        using var arena = new Arena();
        arena.Alloc(10, 1);
        var snapshot = new Snapshot(arena);
        Assert.Throws<ArgumentOutOfRangeException>(() => arena.AllocArray(nuint.MaxValue / 2, 4, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => arena.AllocArray((nuint)1 << 40, (nuint)1 << 40, 8));
        Assert.Throws<ArenaExhaustedException>(() => arena.Alloc(nuint.MaxValue - 100, 8));
        snapshot.AssertUnchanged(arena);
        Assert.True(arena.AllocArray(10, 8, 8) != null);
    }

    [Fact]
    public void A_string_array_that_does_not_fit_is_all_or_nothing()
    {
        using var arena = Limited();
        using var lease = ArenaLease.Rent(arena);
        lease.Utf8("first");
        var snapshot = new Snapshot(arena);
        byte* expectedNext = (byte*)arena.AllocUninitialized(0, 1);
        string?[] values = { "a", new string('b', 1000), null, new string('c', 1500), new string('d', 1500), new string('e', 1500), new string('f', 1900), new string('g', 1900), new string('h', 1900), new string('i', 1900), new string('j', 1900), new string('k', 1900), new string('l', 1900) };
        Assert.Throws<ArenaExhaustedException>(() => arena.Utf8Array(values));
        // Pages taken part way were given back: the arena holds exactly what it held before.
        snapshot.AssertUnchanged(arena, nativeCallsAllowed: true);
        Assert.True(expectedNext == (byte*)arena.AllocUninitialized(0, 1));
    }

    [Fact]
    public void A_UTF16_string_array_that_does_not_fit_is_all_or_nothing_through_a_lease()
    {
        using var arena = Limited();
        using var lease = ArenaLease.Rent(arena);
        lease.Utf16("first");
        var snapshot = new Snapshot(arena);
        byte* expectedNext = (byte*)arena.AllocUninitialized(0, 1);
        var values = new string?[12];
        for (int i = 0; i < values.Length; i++) values[i] = i % 3 == 1 ? null : new string((char)('a' + i), 1000);
        ArenaExhaustedException? error = null;
        try { lease.Utf16Array(values); }
        catch (ArenaExhaustedException caught) { error = caught; }
        Assert.NotNull(error);
        snapshot.AssertUnchanged(arena, nativeCallsAllowed: true);
        Assert.True(expectedNext == (byte*)arena.AllocUninitialized(0, 1));
    }

    [Fact]
    public void Options_out_of_range_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Arena(new ArenaOptions { FirstPageSize = 10 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Arena(new ArenaOptions { MaxSize = 100 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Arena(new ArenaOptions { MaxRetainedBytes = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Arena(new ArenaOptions { LargeBlockThreshold = -1 }));
    }
}
