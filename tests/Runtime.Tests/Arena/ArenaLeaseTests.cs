using System;
using Xunit;

namespace ParamArena.Tests.ArenaAllocator;

public unsafe class ArenaLeaseTests
{
    [Fact]
    public void Rent_uses_the_calling_thread_arena()
    {
        using var lease = ArenaLease.Rent();
        Assert.Same(Arena.ForCurrentThread, lease.Arena);
        Assert.True(lease.IsOpen);
    }

    [Fact]
    public void Dispose_releases_everything_the_lease_allocated()
    {
        using var arena = new Arena(new ArenaOptions { Checks = false });
        byte* before = (byte*)arena.AllocUninitialized(0, 1);
        using (var lease = ArenaLease.Rent(arena))
        {
            lease.Alloc(100, 8);
            lease.Utf8("some text");
            lease.AllocSpan<int>(20);
        }
        Assert.True(before == (byte*)arena.AllocUninitialized(0, 1));
        Assert.Equal(0, arena.OpenLeases);
    }

    [Fact]
    public void Nested_rent_is_a_scope_that_keeps_the_outer_data()
    {
        using var arena = new Arena();
        using var outer = ArenaLease.Rent(arena);
        byte* outerText = outer.Utf8("outer call data");
        using (var inner = ArenaLease.Rent(arena))
        {
            Assert.Equal(2, arena.OpenLeases);
            new Span<byte>(inner.AllocUninitialized(8000, 8), 8000).Fill(0xEE);
        }
        Assert.Equal("outer call data", System.Runtime.InteropServices.Marshal.PtrToStringUTF8((nint)outerText));
        Assert.Equal(1, arena.OpenLeases);
    }

    [Fact]
    public void Thread_arena_nested_rent_is_reentrant()
    {
        using var outer = ArenaLease.Rent();
        byte* text = outer.Utf8("callback-safe");
        Reenter(3);
        Assert.Equal("callback-safe", System.Runtime.InteropServices.Marshal.PtrToStringUTF8((nint)text));

        static void Reenter(int depth)
        {
            using var lease = ArenaLease.Rent();
            new Span<byte>(lease.AllocUninitialized(3000, 16), 3000).Fill(0x11);
            if (depth > 0) Reenter(depth - 1);
        }
    }

    [Fact]
    public void Second_dispose_does_nothing()
    {
        using var arena = new Arena();
        var lease = ArenaLease.Rent(arena);
        lease.Alloc(10, 1);
        lease.Dispose();
        lease.Dispose();
        Assert.False(lease.IsOpen);
        Assert.Equal(0, arena.OpenLeases);
    }

    [Fact]
    public void Second_dispose_does_not_close_a_newer_lease_at_the_same_depth()
    {
        using var arena = new Arena();
        var first = ArenaLease.Rent(arena);
        first.Dispose();
        using var second = ArenaLease.Rent(arena);
        byte* text = second.Utf8("still here");
        first.Dispose();
        Assert.True(second.IsOpen);
        Assert.Equal(1, arena.OpenLeases);
        Assert.Equal("still here", System.Runtime.InteropServices.Marshal.PtrToStringUTF8((nint)text));
    }

    [Fact]
    public void Out_of_order_dispose_throws_and_leaves_the_arena_consistent()
    {
        using var arena = new Arena();
        var outer = ArenaLease.Rent(arena);
        byte* outerText = outer.Utf8("outer");
        var inner = ArenaLease.Rent(arena);
        byte* innerText = inner.Utf8("inner");
        InvalidOperationException? error = null;
        try { outer.Dispose(); }
        catch (InvalidOperationException caught) { error = caught; }
        Assert.NotNull(error);
        Assert.Contains("reverse order", error.Message);
        Assert.Equal(2, arena.OpenLeases);
        Assert.True(outer.IsOpen && inner.IsOpen);
        Assert.Equal("inner", System.Runtime.InteropServices.Marshal.PtrToStringUTF8((nint)innerText));
        inner.Dispose();
        outer.Dispose();
        Assert.Equal(0, arena.OpenLeases);
    }

    [Fact]
    public void Default_lease_dispose_does_nothing()
    {
        ArenaLease lease = default;
        lease.Dispose();
        Assert.False(lease.IsOpen);
        Assert.Throws<InvalidOperationException>(() => { ArenaLease copy = default; _ = copy.Arena; });
    }

    [Fact]
    public void Disposing_an_arena_with_open_leases_throws()
    {
        var arena = new Arena();
        var lease = ArenaLease.Rent(arena);
        Assert.Throws<InvalidOperationException>(arena.Dispose);
        lease.Dispose();
        arena.Dispose();
        arena.Dispose();
        Assert.True(arena.IsDisposed);
        Assert.Throws<ObjectDisposedException>(() => arena.Alloc(1, 1));
        Assert.Throws<ObjectDisposedException>(() => { ArenaLease.Rent(arena).Dispose(); });
    }

    [Theory]
    [InlineData(16)]
    [InlineData(32)]
    [InlineData(33)]
    public void Out_of_order_dispose_is_caught_at_any_depth_difference(int deeper)
    {
        using var arena = new Arena();
        var outer = ArenaLease.Rent(arena);
        outer.Utf8("outer");
        NestThenDisposeOuter(arena, outer, deeper);
        Assert.Equal(1, arena.OpenLeases);
        outer.Dispose();
        Assert.Equal(0, arena.OpenLeases);

        static void NestThenDisposeOuter(Arena arena, scoped in ArenaLease outer, int remaining)
        {
            using var lease = ArenaLease.Rent(arena);
            lease.Alloc(8, 8);
            if (remaining > 1)
            {
                NestThenDisposeOuter(arena, outer, remaining - 1);
                return;
            }
            int depth = arena.OpenLeases;
            Assert.IsType<InvalidOperationException>(ArenaChecksTests.DisposeCatching(outer));
            Assert.Equal(depth, arena.OpenLeases);
            Assert.True(outer.IsOpen);
        }
    }

    [Fact]
    public void Deep_nesting_grows_the_scope_stack()
    {
        using var arena = new Arena();
        Nest(arena, 100);
        Assert.Equal(0, arena.OpenLeases);

        static void Nest(Arena arena, int depth)
        {
            using var lease = ArenaLease.Rent(arena);
            long* value = lease.Alloc<long>();
            *value = depth;
            if (depth > 0) Nest(arena, depth - 1);
            Assert.Equal(depth, *value);
        }
    }
}
