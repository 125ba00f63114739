using System;
using Xunit;

namespace ParamArena.Tests.ArenaAllocator;

public unsafe class ArenaFloorTests
{
    [Fact]
    public void Reset_returns_to_the_persistent_floor_and_keeps_what_is_below()
    {
        using var arena = new Arena();
        byte* persistent = arena.Utf8("level data");
        arena.SetPersistentFloor();
        byte* frameStart = (byte*)arena.AllocUninitialized(0, 1);
        for (int frame = 0; frame < 50; frame++)
        {
            for (int i = 0; i < 20; i++) new Span<byte>(arena.AllocUninitialized(700, 16), 700).Fill((byte)frame);
            arena.Alloc(50_000, 8);
            arena.Reset();
            Assert.True(frameStart == (byte*)arena.AllocUninitialized(0, 1));
            Assert.Equal("level data", new string((sbyte*)persistent));
        }
        Assert.Equal(0, arena.Stats.LargeBlocks);
    }

    [Fact]
    public void Without_a_floor_Reset_releases_everything_and_ClearPersistentFloor_lowers_it()
    {
        using var arena = new Arena(new ArenaOptions { Checks = false });
        byte* start = (byte*)arena.AllocUninitialized(0, 1);
        arena.Alloc(100, 8);
        arena.SetPersistentFloor();
        arena.Alloc(100, 8);
        arena.Reset();
        Assert.Equal(104, arena.Stats.BytesInUse); // 100 rounded up to the 8-byte granule
        arena.ClearPersistentFloor();
        arena.Reset();
        Assert.Equal(0, arena.Stats.BytesInUse);
        Assert.True(start == (byte*)arena.AllocUninitialized(0, 1));
    }

    [Fact]
    public void Floor_operations_need_an_arena_without_open_leases()
    {
        using var arena = new Arena();
        var lease = ArenaLease.Rent(arena);
        Assert.Throws<InvalidOperationException>(arena.Reset);
        Assert.Throws<InvalidOperationException>(arena.SetPersistentFloor);
        lease.Dispose();
        arena.Reset();
    }
}
