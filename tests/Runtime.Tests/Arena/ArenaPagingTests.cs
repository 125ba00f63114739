using System;
using Xunit;

namespace ParamArena.Tests.ArenaAllocator;

public unsafe class ArenaPagingTests
{
    [Fact]
    public void Allocations_beyond_the_first_page_take_more_pages_and_keep_their_data()
    {
        using var arena = new Arena(new ArenaOptions { FirstPageSize = 4096 });
        using var lease = ArenaLease.Rent(arena);
        var pointers = new nint[40];
        for (int i = 0; i < pointers.Length; i++)
        {
            byte* p = (byte*)lease.AllocUninitialized(1000, 8);
            new Span<byte>(p, 1000).Fill((byte)i);
            pointers[i] = (nint)p;
        }
        for (int i = 0; i < pointers.Length; i++)
            Assert.True(new Span<byte>((void*)pointers[i], 1000).IndexOfAnyExcept((byte)i) < 0);
        Assert.True(arena.Stats.Pages > 1);
    }

    [Fact]
    public void A_repeated_workload_reaches_a_steady_state_without_native_calls()
    {
        using var arena = new Arena();
        for (int i = 0; i < 3; i++) Workload(arena);
        long allocations = arena.NativeAllocationCount;
        ArenaStats before = arena.Stats;
        for (int i = 0; i < 1000; i++) Workload(arena);
        Assert.Equal(allocations, arena.NativeAllocationCount);
        Assert.Equal(before.Pages, arena.Stats.Pages);
        Assert.Equal(before.BytesReserved, arena.Stats.BytesReserved);
        Assert.True(before.Pages >= 2);

        static void Workload(Arena arena)
        {
            using var lease = ArenaLease.Rent(arena);
            for (int i = 0; i < 10; i++) lease.AllocUninitialized(1000, 8);
            lease.Utf8(new string('s', 3000));
            using var inner = ArenaLease.Rent(arena);
            inner.AllocUninitialized(6000, 64);
        }
    }

    [Fact]
    public void A_workload_that_spills_grows_the_first_page_so_repetitions_stay_on_one_page()
    {
        using var arena = new Arena();
        Workload(arena);
        ArenaStats settled = arena.Stats;
        Assert.Equal(1, settled.Pages);
        Assert.Equal(16 * 1024, settled.BytesReserved);
        long allocations = arena.NativeAllocationCount;
        for (int i = 0; i < 100; i++) Workload(arena);
        Assert.Equal(allocations, arena.NativeAllocationCount);
        Assert.Equal(1, arena.Stats.Pages);

        static void Workload(Arena arena)
        {
            using var lease = ArenaLease.Rent(arena);
            for (int i = 0; i < 10; i++) new Span<byte>(lease.AllocUninitialized(1000, 8), 1000).Fill((byte)i);
            Assert.True(arena.Stats.Pages <= 2);
        }
    }

    [Fact]
    public void Pages_beyond_the_retained_budget_are_freed_when_the_scope_ends()
    {
        using var arena = new Arena(new ArenaOptions { FirstPageSize = 4096, MaxPageSize = 8192, MaxRetainedBytes = 16 * 1024 });
        using (var lease = ArenaLease.Rent(arena))
        {
            for (int i = 0; i < 200; i++) lease.AllocUninitialized(1000, 8);
            Assert.True(arena.Stats.BytesReserved > 100_000);
        }
        ArenaStats after = arena.Stats;
        Assert.True(after.BytesReserved <= 4096 + 16 * 1024, after.ToString());
        Assert.Equal(0, after.BytesInUse);
    }

    [Fact]
    public void Blocks_above_the_threshold_get_their_own_allocation_freed_with_their_scope()
    {
        using var arena = new Arena(new ArenaOptions { LargeBlockThreshold = 16 * 1024 });
        using (var lease = ArenaLease.Rent(arena))
        {
            byte* big = (byte*)lease.Alloc(100_000, 4096);
            Assert.Equal(0u, (ulong)big % 4096);
            big[99_999] = 1;
            ArenaStats during = arena.Stats;
            Assert.Equal(1, during.LargeBlocks);
            // The block counts with its header, the slack that lets it be aligned to 4096 anywhere, and in
            // checked mode (the PARAMARENA_CHECKS=1 pass) its canary.
            Assert.Equal(100_000 + ArenaLargeBlock.HeaderSize + 4095 + (arena.ChecksEnabled ? Arena.CanarySize : 0), during.BytesInUse);
            Assert.Equal(1, during.Pages);
        }
        Assert.Equal(0, arena.Stats.LargeBlocks);
        Assert.Equal(4096, arena.Stats.BytesReserved);
    }

    [Fact]
    public void A_block_that_fits_nowhere_kept_gets_a_page_inserted_before_the_kept_ones()
    {
        using var arena = new Arena(new ArenaOptions { FirstPageSize = 4096, MaxPageSize = 8192, LargeBlockThreshold = 32 * 1024 });
        using (var lease = ArenaLease.Rent(arena))
        {
            lease.AllocUninitialized(4000, 8);
            lease.AllocUninitialized(8000, 8);
        }
        using (var lease = ArenaLease.Rent(arena))
        {
            lease.AllocUninitialized(4000, 8);
            byte* p = (byte*)lease.AllocUninitialized(20_000, 8);
            new Span<byte>(p, 20_000).Fill(3);
            byte* q = (byte*)lease.AllocUninitialized(3000, 8);
            new Span<byte>(q, 3000).Fill(4);
            Assert.True(new Span<byte>(p, 20_000).IndexOfAnyExcept((byte)3) < 0);
            Assert.Equal(0, arena.Stats.LargeBlocks);
        }
        Assert.Equal(0, arena.Stats.BytesInUse);
    }
}
