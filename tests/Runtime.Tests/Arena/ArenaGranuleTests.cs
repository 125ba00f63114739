using System;
using System.Collections.Generic;
using System.Text;
using Xunit;

namespace ParamArena.Tests.ArenaAllocator;

/// <summary>
/// Unchecked allocations take whole 8-byte granules and page ends are rounded down to one (so the inlined bump
/// needs no alignment arithmetic). Odd page sizes, odd request sizes and strings that give back part of their
/// worst case must still never overlap, never leave their page, and keep every alignment.
/// </summary>
public unsafe class ArenaGranuleTests
{
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void Odd_page_sizes_and_odd_requests_never_overlap(int seed, bool checks)
    {
        using var arena = new Arena(new ArenaOptions { FirstPageSize = 1001, MaxPageSize = 3003, LargeBlockThreshold = 2000, Checks = checks });
        var random = new Random(seed);
        for (int round = 0; round < 50; round++)
        {
            using var lease = ArenaLease.Rent(arena);
            var live = new List<(nint Start, int Size, byte Fill)>();
            for (int i = 0; i < 60; i++)
            {
                byte fill = (byte)(i + 1);
                switch (random.Next(5))
                {
                    case 0:
                    {
                        int size = random.Next(0, 300);
                        nuint alignment = (nuint)1 << random.Next(0, 7);
                        byte* p = (byte*)lease.AllocUninitialized((nuint)size, alignment);
                        Assert.Equal(0u, (nuint)p % alignment);
                        new Span<byte>(p, size).Fill(fill);
                        live.Add(((nint)p, size, fill));
                        break;
                    }
                    case 1:
                    {
                        long* p = lease.AllocUninitialized<long>(random.Next(0, 5));
                        Assert.Equal(0, (long)p % sizeof(long));
                        break;
                    }
                    case 2:
                    {
                        string value = new string((char)('a' + random.Next(26)), random.Next(0, 400)) + (random.Next(2) == 0 ? "é" : "");
                        byte* p = lease.Utf8(value);
                        int length = Encoding.UTF8.GetByteCount(value);
                        Assert.Equal(0, p[length]);
                        new Span<byte>(p, length + 1).Fill(fill);
                        live.Add(((nint)p, length + 1, fill));
                        break;
                    }
                    case 3:
                    {
                        char* p = lease.Utf16(new string('q', random.Next(0, 200)));
                        Assert.Equal(0, (long)p % sizeof(char));
                        break;
                    }
                    default:
                    {
                        // Big enough to take a large block now and then.
                        int size = random.Next(1500, 2500);
                        byte* p = (byte*)lease.AllocUninitialized((nuint)size, 8);
                        new Span<byte>(p, size).Fill(fill);
                        live.Add(((nint)p, size, fill));
                        break;
                    }
                }
            }
            foreach ((nint start, int size, byte fill) in live)
            {
                int broken = new ReadOnlySpan<byte>((void*)start, size).IndexOfAnyExcept(fill);
                Assert.True(broken < 0, $"an allocation of {size} bytes was overwritten at byte {broken}");
            }
        }
        Assert.Equal(0, arena.Stats.BytesInUse);
    }

    [Fact]
    public void A_page_just_big_enough_for_an_odd_request_holds_it()
    {
        // Requests above MaxPageSize but below the large-block threshold get a page of their own size.
        using var arena = new Arena(new ArenaOptions { FirstPageSize = 257, MaxPageSize = 513, LargeBlockThreshold = 100_000, Checks = false });
        using var lease = ArenaLease.Rent(arena);
        foreach (int size in new[] { 1001, 2003, 4097, 77 })
        {
            byte* p = (byte*)lease.AllocUninitialized((nuint)size, 1);
            new Span<byte>(p, size).Fill(0xAB);
            Assert.Equal(0, ((long)lease.AllocUninitialized<long>()) % sizeof(long));
        }
    }
}
