using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Threading;
using Xunit;

namespace ParamArena.Tests.ArenaAllocator;

/// <summary>
/// Random sequences of rent / nested rent / allocate / dispose (plus double and out-of-order
/// disposes) checked against a simple model: every allocation is filled with its own byte and must
/// stay intact until its scope ends; a scope's end returns the arena to where the scope began.
/// </summary>
public unsafe class ArenaDifferentialTests
{
    private sealed class Model
    {
        public readonly List<(nint Pointer, int Size, byte Fill)> Live = new();
        public readonly Random Random;
        public int Operations;
        public int MaxDepth;

        public Model(int seed) => Random = new Random(seed);

        public void VerifyAll()
        {
            foreach ((nint pointer, int size, byte fill) in Live)
            {
                int broken = new ReadOnlySpan<byte>((void*)pointer, size).IndexOfAnyExcept(fill);
                if (broken >= 0) throw new Xunit.Sdk.XunitException($"allocation of {size} bytes at 0x{pointer:X} was overwritten at byte {broken} after {Operations} operations");
            }
        }
    }

    private const int OperationsPerRun = 4000;

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void Random_scopes_match_the_model(int seed, bool checks)
    {
        using var arena = new Arena(new ArenaOptions { FirstPageSize = 1024, MaxPageSize = 8192, LargeBlockThreshold = 6000, MaxRetainedBytes = 32 * 1024, Checks = checks });
        var model = new Model(seed);
        while (model.Operations < OperationsPerRun)
        {
            Scope(arena, model, depth: 0, parent: default);
        }
        Assert.Equal(0, arena.OpenLeases);
        Assert.Equal(0, arena.Stats.BytesInUse);
        Assert.Empty(model.Live);
        // Deep enough that some scopes keep their token in the frame array rather than inline.
        Assert.True(model.MaxDepth > ArenaTokenSlots.Count, $"max depth {model.MaxDepth}");
    }

    [Fact]
    public void Two_threads_at_once_each_match_the_model_on_their_own_arena()
    {
        var errors = new List<Exception>();
        var threads = new Thread[2];
        for (int t = 0; t < threads.Length; t++)
        {
            int seed = 100 + t;
            threads[t] = new Thread(() =>
            {
                try
                {
                    var model = new Model(seed);
                    while (model.Operations < OperationsPerRun * 2)
                        Scope(Arena.ForCurrentThread, model, depth: 0, parent: default);
                    Assert.Equal(0, Arena.ForCurrentThread.OpenLeases);
                    Assert.Equal(0, Arena.ForCurrentThread.Stats.BytesInUse);
                }
                catch (Exception e)
                {
                    lock (errors) errors.Add(e);
                }
            });
            threads[t].Start();
        }
        foreach (Thread thread in threads) thread.Join();
        Assert.Empty(errors);
    }

    /// <summary>One lease's life: random allocations, nested scopes and misuse, then release and checks.</summary>
    private static void Scope(Arena arena, Model model, int depth, scoped in ArenaLease parent)
    {
        bool threadArena = arena == Arena.ForCurrentThread && !arena.ChecksEnabled && model.Random.Next(2) == 0;
        var lease = threadArena ? ArenaLease.Rent() : ArenaLease.Rent(arena);
        Assert.Equal(depth + 1, arena.OpenLeases);
        model.MaxDepth = Math.Max(model.MaxDepth, depth + 1);
        // Where the next allocation would land (in checked mode even an empty allocation takes a canary, so only then).
        nint start = arena.ChecksEnabled ? 0 : (nint)arena.AllocUninitialized(0, 1);
        long inUseAtStart = arena.Stats.BytesInUse;
        int mine = model.Live.Count;
        while (model.Operations < OperationsPerRun * 4)
        {
            model.Operations++;
            int choice = model.Random.Next(100);
            if (choice < 45)
            {
                Allocate(lease, model);
            }
            else if (choice < 75 && depth < 24)
            {
                Scope(arena, model, depth + 1, in lease);
            }
            else if (choice < 78 && depth > 0)
            {
                // Out of order: the parent is still covered by this lease.
                Assert.IsType<InvalidOperationException>(ArenaChecksTests.DisposeCatching(parent));
                Assert.Equal(depth + 1, arena.OpenLeases);
            }
            else
            {
                break;
            }
            if (model.Operations % 16 == 0) model.VerifyAll();
        }
        model.VerifyAll();
        model.Live.RemoveRange(mine, model.Live.Count - mine);
        lease.Dispose();
        Assert.Equal(depth, arena.OpenLeases);
        lease.Dispose();
        Assert.Equal(depth, arena.OpenLeases);
        // Back where the scope began; except that an outermost scope which spilled onto later pages may
        // leave the empty arena on one bigger first page instead (GrowFirstPageToFit).
        if (!arena.ChecksEnabled)
        {
            nint now = (nint)arena.AllocUninitialized(0, 1);
            if (depth > 0 || now == start) Assert.Equal(start, now);
            else Assert.Equal(1, arena.Stats.Pages);
        }
        Assert.Equal(inUseAtStart, arena.Stats.BytesInUse);
        model.VerifyAll();
    }

    private static void Allocate(scoped in ArenaLease lease, Model model)
    {
        Random random = model.Random;
        int kind = random.Next(10);
        int size = kind switch
        {
            < 5 => random.Next(0, 64),
            < 8 => random.Next(64, 2000),
            8 => random.Next(2000, 7000),
            _ => random.Next(7000, 40_000),
        };
        int alignment = 1 << random.Next(0, 13);
        byte fill = (byte)random.Next(1, 256);
        byte* pointer;
        switch (random.Next(4))
        {
            case 0:
                pointer = (byte*)lease.Alloc((nuint)size, (nuint)alignment);
                Assert.True(new ReadOnlySpan<byte>(pointer, size).IndexOfAnyExcept((byte)0) < 0, "Alloc must return zeroed memory");
                break;
            case 1:
                string text = new string((char)('a' + fill % 26), size);
                pointer = lease.Utf8(text);
                Assert.Equal(text, Marshal.PtrToStringUTF8((nint)pointer));
                alignment = 1;
                break;
            case 2:
                Assert.True(lease.TryAlloc((nuint)size, (nuint)alignment, out void* tried));
                pointer = (byte*)tried;
                break;
            default:
                pointer = (byte*)lease.AllocUninitialized((nuint)size, (nuint)alignment);
                break;
        }
        Assert.Equal(0, (long)((nuint)pointer % (nuint)alignment));
        new Span<byte>(pointer, size).Fill(fill);
#pragma warning disable PA1002 // The model drops each pointer when the scope that owns it is disposed.
        model.Live.Add(((nint)pointer, size, fill));
#pragma warning restore PA1002
    }
}
