using System;
using ParamArena.Tests;
using Xunit;

namespace ParamArena.Tests.ArenaAllocator;

public unsafe class ArenaChecksTests
{
    private static Arena Checked() => new(new ArenaOptions { Checks = true, LargeBlockThreshold = 8192 });

    [Fact]
    public void Options_that_say_win_over_the_environment()
    {
        Assert.True(Checked().ChecksEnabled);
        Assert.False(new Arena(new ArenaOptions { Checks = false }).ChecksEnabled);
    }

    [Fact]
    public void Arenas_whose_options_do_not_say_follow_PARAMARENA_CHECKS()
    {
        // Runs in both passes: off in the normal one, on in the checked one.
        Assert.Equal(CheckedPass.Requested, new ArenaOptions().Checks);
        using var arena = new Arena();
        Assert.Equal(CheckedPass.Requested, arena.ChecksEnabled);
    }

    [CheckedPassFact]
    public void PARAMARENA_CHECKS_catches_an_overrun_in_an_arena_whose_options_do_not_say()
    {
        using var arena = new Arena();
        var lease = ArenaLease.Rent(arena);
        lease.AllocUninitialized(8, 8);
        byte* p = (byte*)lease.AllocUninitialized(16, 8);
        p[16] = 1;
        var error = Assert.IsType<ArenaCorruptionException>(DisposeCatching(lease));
        Assert.Equal(16ul, error.AllocationSize);
        Assert.Equal(8 + Arena.CanarySize, error.AllocationOffset);
        Assert.Equal(0, arena.OpenLeases);
    }

    [CheckedPassFact]
    public void PARAMARENA_CHECKS_catches_an_overrun_in_the_thread_arena_the_generated_stubs_rent()
    {
        // Run on a fresh thread so its arena is created under this process's switch, with no other test's leases in it.
        Exception? disposed = null;
        var thread = new System.Threading.Thread(() =>
        {
            var lease = ArenaLease.Rent();
            byte* p = (byte*)lease.AllocUninitialized(24, 8);
            p[24] = 1;
            disposed = DisposeCatching(lease);
        });
        thread.Start();
        thread.Join();
        var error = Assert.IsType<ArenaCorruptionException>(disposed);
        Assert.Equal(24ul, error.AllocationSize);
    }

    [Fact]
    public void Writing_past_an_allocation_throws_naming_its_size_and_offset_when_the_scope_ends()
    {
        using var arena = Checked();
        var lease = ArenaLease.Rent(arena);
        lease.AllocUninitialized(40, 8);
        byte* victim = (byte*)lease.AllocUninitialized(24, 8);
        lease.AllocUninitialized(16, 8);
        victim[24] = 0x42;
        ArenaCorruptionException? error = null;
        try { lease.Dispose(); }
        catch (ArenaCorruptionException caught) { error = caught; }
        Assert.NotNull(error);
        Assert.Equal(24ul, error!.AllocationSize);
        Assert.Equal(40 + Arena.CanarySize, error.AllocationOffset);
        Assert.Contains("24 bytes", error.Message);
        Assert.Contains($"offset {40 + Arena.CanarySize}", error.Message);
        Assert.Equal(0, arena.OpenLeases);
        Assert.Equal(0, arena.Stats.BytesInUse);
    }

    [Fact]
    public void Writing_past_a_large_block_is_caught_too()
    {
        using var arena = Checked();
        var lease = ArenaLease.Rent(arena);
        byte* big = (byte*)lease.AllocUninitialized(20_000, 64);
        big[20_001] = 1;
        Assert.IsType<ArenaCorruptionException>(DisposeCatching(lease));
        Assert.Equal(0, arena.Stats.LargeBlocks);
    }

    /// <summary>A ref struct cannot be captured by a lambda, so Assert.Throws cannot dispose it; this returns what Dispose threw.</summary>
    internal static Exception? DisposeCatching(ArenaLease lease)
    {
        try
        {
            lease.Dispose();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    [Fact]
    public void Intact_allocations_release_quietly_and_released_memory_is_poisoned()
    {
        using var arena = Checked();
        byte* p;
        using (var lease = ArenaLease.Rent(arena))
        {
            p = (byte*)lease.Alloc(64, 8);
            Assert.True(new Span<byte>(p, 64).IndexOfAnyExcept((byte)0) < 0);
            new Span<byte>(p, 64).Fill(7);
            byte* fresh = (byte*)lease.AllocUninitialized(32, 8);
            Assert.True(new Span<byte>(fresh, 32).IndexOfAnyExcept(Arena.UninitializedPoison) < 0);
        }
#pragma warning disable PA1004 // Reading released memory is the point: checked mode must have poisoned it.
        Assert.True(new Span<byte>(p, 64).IndexOfAnyExcept(Arena.ReleasedPoison) < 0);
#pragma warning restore PA1004
    }

    [Fact]
    public void Reset_verifies_canaries_above_the_floor()
    {
        using var arena = Checked();
        arena.Alloc(10, 8);
        arena.SetPersistentFloor();
        byte* p = (byte*)arena.Alloc(10, 8);
        p[10] = 9;
        Assert.Throws<ArenaCorruptionException>(arena.Reset);
        Assert.Equal(10, arena.Stats.BytesInUse - Arena.CanarySize);
    }

    [Fact]
    public void Allocating_through_an_outer_lease_while_an_inner_one_is_open_throws()
    {
        using var arena = Checked();
        using var outer = ArenaLease.Rent(arena);
        InvalidOperationException? error = null;
        using (var inner = ArenaLease.Rent(arena))
        {
            try { outer.Alloc(8, 8); }
            catch (InvalidOperationException caught) { error = caught; }
        }
        Assert.NotNull(error);
        Assert.Contains("innermost", error!.Message);
        Assert.True(outer.Alloc(8, 8) != null);
    }

    [Fact]
    public void Allocating_through_a_disposed_lease_throws()
    {
        using var arena = Checked();
        var lease = ArenaLease.Rent(arena);
        lease.Dispose();
        InvalidOperationException? error = null;
        try { lease.Utf8("late"); }
        catch (InvalidOperationException caught) { error = caught; }
        Assert.NotNull(error);
        Assert.Contains("disposed", error!.Message);
    }

    [Fact]
    public void Checked_mode_keeps_the_lease_rules()
    {
        using var arena = Checked();
        var outer = ArenaLease.Rent(arena);
        var inner = ArenaLease.Rent(arena);
        Assert.IsType<InvalidOperationException>(DisposeCatching(outer));
        inner.Dispose();
        inner.Dispose();
        outer.Dispose();
        Assert.Equal(0, arena.OpenLeases);
    }
}
