using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using ParamArena.Generator.Tests.Interop;
using Xunit;

namespace ParamArena.Generator.Tests.Running;

/// <summary>Generated stubs calling libc, zlib and SQLite.</summary>
public unsafe class SystemLibraryTests
{
    [Fact]
    public void LibcStrlen()
    {
        Assert.Equal((nuint)0, LibC.StrLen(""));
        Assert.Equal((nuint)Encoding.UTF8.GetByteCount("naïve ✓"), LibC.StrLen("naïve ✓"));
    }

    private static int s_comparisons;

    /// <summary>qsort's comparator: decodes both strings and compares them through another [ArenaMarshal] call.</summary>
    [UnmanagedCallersOnly]
    private static int CompareThroughStrcmp(void* left, void* right)
    {
        s_comparisons++;
        string a = Marshal.PtrToStringUTF8(*(nint*)left)!;
        string b = Marshal.PtrToStringUTF8(*(nint*)right)!;
        // The nested call stages both strings in the same thread's arena while the outer data is live.
        return LibC.StrCmp(a, b);
    }

    [Fact]
    public void StringsStayOnTheStackUpToMaxStackBytesAndOnlyLongerOnesRentTheArena()
    {
        // A fresh thread's arena has never held a byte: its high-water mark says whether any call rented it.
        long RentedBytes(Action calls)
        {
            long highWater = -1;
            Thread thread = new(() =>
            {
                calls();
                Arena arena = Arena.ForCurrentThread;
                Assert.Equal(0, arena.Stats.BytesInUse);
                highWater = arena.ChecksEnabled ? -1 : arena.Stats.HighWaterMark;
            });
            thread.Start();
            thread.Join();
            return highWater;
        }

        // One string: 255 bytes and the NUL in the constant buffer; longer ones sized for three bytes a unit.
        string fits = new string('\u00e9', 127) + "z";
        string longer = new string('\u00e9', 128);
        string kilobyte = new string('x', 1000);
        string mostStack = new string('\u00e9', (ArenaStaging.MaxStackBytes - 1) / 2);
        string tooLong = new string('\u00e9', ArenaStaging.MaxStackBytes / 2);
        long onStack = RentedBytes(() =>
        {
            Assert.Equal((nuint)255, LibC.StrLen(fits));
            Assert.Equal((nuint)256, LibC.StrLen(longer));
            Assert.Equal((nuint)1000, LibC.StrLen(kilobyte));
            Assert.Equal((nuint)(ArenaStaging.MaxStackBytes - 2), LibC.StrLen(mostStack));
            // Two strings share the 512-byte buffer; a long one gets a buffer of its own, which the next string may use too.
            Assert.Equal(0, LibC.StrCmp(kilobyte, string.Concat(kilobyte)));
            Assert.True(LibC.StrCmp(kilobyte, kilobyte + "z") < 0);
            Assert.True(LibC.StrCmp("b", "a") > 0);
        });
        long inArena = RentedBytes(() =>
        {
            Assert.Equal((nuint)ArenaStaging.MaxStackBytes, LibC.StrLen(tooLong));
            Assert.Equal((nuint)5000, LibC.StrLen(new string('x', 5000)));
            Assert.True(LibC.StrCmp(mostStack, mostStack + "z") < 0);
        });
        if (onStack == -1) return; // checked mode stages every string in the arena, behind canaries
        Assert.Equal(0, onStack);
        Assert.True(inArena >= 5001, "the strings past MaxStackBytes were staged in the arena: " + inArena);
    }

    [Fact]
    public void QsortComparatorThatCallsAnArenaMarshalMethodIsReentrant()
    {
        string[] words = Enumerable.Range(0, 200).Select(i => "word-" + ((i * 7919) % 200).ToString("D3")).ToArray();
        using ArenaLease lease = ArenaLease.Rent();
        byte** staged = ArenaStaging.Utf8Array(lease, words);
        s_comparisons = 0;
        LibC.QSort(staged, (nuint)words.Length, (nuint)sizeof(nint), &CompareThroughStrcmp);
        Assert.True(s_comparisons > words.Length);
        string[] sorted = Enumerable.Range(0, words.Length).Select(i => Marshal.PtrToStringUTF8((nint)staged[i])!).ToArray();
        Assert.Equal(words.OrderBy(w => w, StringComparer.Ordinal), sorted);
    }

    [Fact]
    public void ZlibCompress2AndUncompressWithSpansAndRefLengths()
    {
        byte[] input = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("ParamArena stages parameters in an arena. ", 50)));
        byte[] compressed = new byte[(int)ZLib.CompressBound((nuint)input.Length)];
        nuint compressedLength = (nuint)compressed.Length;
        Assert.Equal(ZLib.Ok, ZLib.Compress2(compressed, ref compressedLength, input, 9));
        Assert.True(compressedLength < (nuint)input.Length / 4);

        byte[] output = new byte[input.Length];
        nuint outputLength = (nuint)output.Length;
        Assert.Equal(ZLib.Ok, ZLib.Uncompress(output, ref outputLength, compressed.AsSpan(0, (int)compressedLength)));
        Assert.Equal((nuint)input.Length, outputLength);
        Assert.Equal(input, output);
    }

    [Fact]
    public void ZlibStreamByRefThroughDeflateInitDeflateDeflateEnd()
    {
        byte[] input = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("z_stream round trip ", 100)));
        byte[] compressed = new byte[4096];
        // A stack local: zlib keeps a pointer back to the stream, so it must not move between calls.
        ZStream stream = default;
        Assert.Equal(ZLib.Ok, ZLib.DeflateInit(ref stream, 6, ZLib.ZlibVersion(), sizeof(ZStream)));
        Assert.True(stream.State != null);
        fixed (byte* source = input)
        fixed (byte* destination = compressed)
        {
            stream.NextIn = source;
            stream.AvailIn = (uint)input.Length;
            stream.NextOut = destination;
            stream.AvailOut = (uint)compressed.Length;
            Assert.Equal(ZLib.StreamEnd, ZLib.Deflate(ref stream, ZLib.Finish));
        }
        Assert.Equal((nuint)input.Length, stream.TotalIn);
        int length = (int)stream.TotalOut;
        Assert.Equal(ZLib.Ok, ZLib.DeflateEnd(ref stream));
        Assert.True(stream.State == null);

        byte[] output = new byte[input.Length];
        nuint outputLength = (nuint)output.Length;
        Assert.Equal(ZLib.Ok, ZLib.Uncompress(output, ref outputLength, compressed.AsSpan(0, length)));
        Assert.Equal(input, output);
    }

    [Fact]
    public void SqliteOpenPrepareBindStepColumnText()
    {
        Assert.Equal(Sqlite.Ok, Sqlite.Open(":memory:", out nint db));
        try
        {
            Execute(db, "CREATE TABLE t (id INTEGER, name TEXT)");
            string[] names = { "ünïcödé", "plain", "emoji 🙂" };
            for (int i = 0; i < names.Length; i++)
            {
                Assert.Equal(Sqlite.Ok, Sqlite.Prepare(db, "INSERT INTO t VALUES (?1, ?2)", -1, out nint insert, null));
                Assert.Equal(Sqlite.Ok, Sqlite.BindInt(insert, 1, i));
                Assert.Equal(Sqlite.Ok, Sqlite.BindText(insert, 2, names[i], -1, Sqlite.Transient));
                Assert.Equal(Sqlite.Done, Sqlite.Step(insert));
                Assert.Equal(Sqlite.Ok, Sqlite.Finalize(insert));
            }

            Assert.Equal(Sqlite.Ok, Sqlite.Prepare(db, "SELECT name FROM t WHERE name <> ?1 ORDER BY id", -1, out nint select, null));
            Assert.Equal(Sqlite.Ok, Sqlite.BindText(select, 1, "plain", -1, Sqlite.Transient));
            List<string?> read = new();
            while (Sqlite.Step(select) == Sqlite.Row) read.Add(Sqlite.ColumnText(select, 0));
            Assert.Equal(Sqlite.Ok, Sqlite.Finalize(select));
            Assert.Equal(new[] { "ünïcödé", "emoji 🙂" }, read);

            Assert.NotEqual(Sqlite.Ok, Sqlite.Prepare(db, "SELEKT nonsense", -1, out _, null));
            Assert.Contains("syntax error", Sqlite.ErrorMessage(db));
        }
        finally
        {
            Assert.Equal(Sqlite.Ok, Sqlite.Close(db));
        }
    }

    private static void Execute(nint db, string sql)
    {
        Assert.Equal(Sqlite.Ok, Sqlite.Prepare(db, sql, -1, out nint statement, null));
        Assert.Equal(Sqlite.Done, Sqlite.Step(statement));
        Assert.Equal(Sqlite.Ok, Sqlite.Finalize(statement));
    }
}
