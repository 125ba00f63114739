using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using ParamArena.Generator.Tests.Interop;
using Xunit;

namespace ParamArena.Generator.Tests.Running;

/// <summary>The tests that change the process's working directory run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WorkingDirectoryCollection
{
    public const string Name = "Working directory";
}

/// <summary>Strings handed back by libc, SQLite and the test library: caller buffers that grow, owned returns freed, out strings, byte lengths, spans as C strings.</summary>
[Collection(WorkingDirectoryCollection.Name)]
public unsafe class StringsBackTests
{
    private static string LongDirectory()
    {
        string root = Path.Combine(Path.GetTempPath(), "paramarena-" + Guid.NewGuid().ToString("N"));
        string path = root;
        for (int i = 0; i < 12; i++) path = Path.Combine(path, "a-rather-long-directory-name-" + i);
        Directory.CreateDirectory(path);
        return path;
    }

    [Fact]
    public void GetcwdGrowsItsBufferUntilTheLongWorkingDirectoryFits()
    {
        string previous = Environment.CurrentDirectory;
        string path = LongDirectory();
        Assert.True(Encoding.UTF8.GetByteCount(path) > 8 * 32);
        try
        {
            Environment.CurrentDirectory = path;
            nint result = LibC.GetCwd(out string? cwd);
            Assert.NotEqual(0, result);
            Assert.Equal(path, cwd);

            // Without growth the 8-byte buffer is too small: NULL and ERANGE, and no string.
            Assert.Equal(0, LibC.GetCwdNoRetry(out string? cut));
            Assert.Null(cut);
            Assert.Equal(LibC.ERange, Marshal.GetLastPInvokeError());
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
        Assert.Equal(0, Arena.ForCurrentThread.Stats.BytesInUse);
    }

    [Fact]
    public void ReadlinkGrowsItsBufferForALongTargetAndReadsTheReturnedLength()
    {
        string directory = LongDirectory();
        string target = Path.Combine(directory, new string('t', 200) + "-ünïcode-target");
        string link = Path.Combine(Path.GetTempPath(), "paramarena-link-" + Guid.NewGuid().ToString("N"));
        File.CreateSymbolicLink(link, target);
        try
        {
            nint written = LibC.ReadLink(link, out string? read);
            Assert.Equal(Encoding.UTF8.GetByteCount(target), (int)written);
            Assert.Equal(target, read);

            // Not a link: -1 with errno EINVAL, and no string.
            Assert.Equal(-1, LibC.ReadLink(directory, out string? none));
            Assert.Null(none);
        }
        finally
        {
            File.Delete(link);
        }
    }

    [Fact]
    public void RealpathReturnsAStringThatIsDecodedAndFreed()
    {
        string directory = LongDirectory();
        string dotted = Path.Combine(directory, "..", Path.GetFileName(directory), ".");
        Assert.Equal(directory, LibC.RealPath(dotted, null));
        Assert.Null(LibC.RealPath(Path.Combine(directory, "does-not-exist"), null));
    }

    // A compacting collection that also returns the managed heap's free memory to the system, so what stays
    // resident is live data (and native memory).
    private static void Settle() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    private static long ResidentBytes()
    {
        string[] fields = File.ReadAllText("/proc/self/statm").Split(' ');
        return long.Parse(fields[1]) * Environment.SystemPageSize;
    }

    [Fact]
    public void ThreeHundredThousandFreeingRealpathCallsKeepResidentMemoryFlat()
    {
        const int Calls = 300_000;
        // A real path of about 120 bytes: each string realpath allocates takes a 128-byte chunk, about 38 MB were they kept.
        string path = Path.Combine(Path.GetTempPath(), "paramarena-" + Guid.NewGuid().ToString("N"));
        path = Path.Combine(path, new string('d', Math.Max(1, 112 - path.Length)));
        Directory.CreateDirectory(path);
        string resolved = LibC.RealPath(path, null)!;
        Assert.True(resolved.Length >= 112);
        // Warm up, so the managed heap reaches the size the decoded strings keep it at.
        for (int i = 0; i < Calls / 3; i++) LibC.RealPath(path, null);
        Settle();
        long before = ResidentBytes();
        nuint mallocBefore = LibC.MallInfo().UordBlks;
        for (int i = 0; i < Calls; i++) LibC.RealPath(path, null);
        nuint mallocFreeing = LibC.MallInfo().UordBlks - mallocBefore;
        Settle();
        long freeing = ResidentBytes() - before;

        // The same calls and the same decoding without the free (what a returned string did before [ArenaFree]):
        // realpath's strings stay allocated until freed after the measurement.
        nint[] kept = new nint[Calls];
        Settle();
        before = ResidentBytes();
        mallocBefore = LibC.MallInfo().UordBlks;
        for (int i = 0; i < Calls; i++)
        {
            kept[i] = LibC.RealPathPointer(path, null);
            Marshal.PtrToStringUTF8(kept[i]);
        }
        nuint mallocLeaking = LibC.MallInfo().UordBlks - mallocBefore;
        Settle();
        long leaking = ResidentBytes() - before;
        foreach (nint pointer in kept) LibC.Free(pointer);

        string measured = $"over {Calls} calls resident memory grew by {freeing} bytes freeing and {leaking} bytes not freeing; malloc's bytes in use by {(long)mallocFreeing} and {(long)mallocLeaking}";
        // Both measures also move with the runtime's own allocations (the managed heap, the JIT), hence the margins.
        Assert.True((long)mallocFreeing < 8 << 20, measured);
        Assert.True(freeing < 16 << 20, measured);
        Assert.True((long)mallocLeaking > (long)Calls * 100 && leaking > freeing + (16 << 20), measured);
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Fact]
    public void OutStringReadsTheCalleesPointerAndRefStringReadsWhereTheCalleeMovedIt()
    {
        TestNative.GetStaticTextString(out string text);
        Assert.Equal("paramarena", text);

        string? cursor = "héllo";
        Assert.Equal(3, TestNative.AdvanceString(ref cursor, 3));
        Assert.Equal("llo", cursor);
        // Freeing this cursor (moved to the staged NUL) would hand free() an address inside the arena and abort the process.
        cursor = "héllo";
        Assert.Equal(6, TestNative.AdvanceStringOwned(ref cursor, 10));
        Assert.Equal("", cursor);
        string? none = null;
        Assert.Equal(-1, TestNative.AdvanceString(ref none, 3));
        Assert.Null(none);
        Assert.Equal(0, Arena.ForCurrentThread.Stats.BytesInUse);
    }

    [Fact]
    public void SpansArePassedAsNulTerminatedCStrings()
    {
        Assert.Equal((nuint)6, LibC.StrLenUtf8("héllo"u8));
        Assert.Equal((nuint)0, LibC.StrLenUtf8(default));
        string text = "naïve ✓ text";
        ReadOnlySpan<char> slice = (text + " and more").AsSpan(0, text.Length);
        Assert.Equal(TestNative.HashUtf16(text), TestNative.HashUtf16Span(slice));
        Assert.Equal(TestNative.HashUtf8(text), TestNative.HashUtf8Span(slice));
    }

    [Fact]
    public void AStringsUtf8ByteLengthIsComputedForTheNativeLengthParameter()
    {
        Assert.Equal(0, LibC.StrNCmpPrefix("abc", "abcdef"));
        Assert.NotEqual(0, LibC.StrNCmpPrefix("abd", "abcdef"));
        // "é" is two bytes: a length of one would compare only the first.
        Assert.Equal(0, LibC.StrNCmpPrefix("é", "éa"));
        Assert.NotEqual(0, LibC.StrNCmpPrefix("é", "\u00e8a"));
    }

    [Fact]
    public void SqliteBindTextWithComputedLengthsRoundTripsThroughATable()
    {
        Assert.Equal(Sqlite.Ok, Sqlite.Open(":memory:", out nint db));
        try
        {
            Exec(db, "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
            string[] names = { "plain", "naïve ✓", "with\0nul", "", new string('x', 3000) };
            Assert.Equal(Sqlite.Ok, Sqlite.PrepareWithLength(db, "INSERT INTO t VALUES (?1, ?2)", out nint insert, null));
            for (int i = 0; i < names.Length; i++)
            {
                Assert.Equal(Sqlite.Ok, Sqlite.BindInt(insert, 1, i * 4));
                Assert.Equal(Sqlite.Ok, Sqlite.BindTextWithLength(insert, 2, names[i], Sqlite.Transient));
                Assert.Equal(Sqlite.Done, Sqlite.Step(insert));
                Assert.Equal(Sqlite.Ok, Sqlite.Reset(insert));
                Assert.Equal(Sqlite.Ok, Sqlite.BindInt(insert, 1, i * 4 + 1));
                Assert.Equal(Sqlite.Ok, Sqlite.BindTextSpan(insert, 2, names[i].AsSpan(), Sqlite.Transient));
                Assert.Equal(Sqlite.Done, Sqlite.Step(insert));
                Assert.Equal(Sqlite.Ok, Sqlite.Reset(insert));
                Assert.Equal(Sqlite.Ok, Sqlite.BindInt(insert, 1, i * 4 + 2));
                Assert.Equal(Sqlite.Ok, Sqlite.BindTextUtf8(insert, 2, Encoding.UTF8.GetBytes(names[i]), Sqlite.Transient));
                Assert.Equal(Sqlite.Done, Sqlite.Step(insert));
                Assert.Equal(Sqlite.Ok, Sqlite.Reset(insert));
                Assert.Equal(Sqlite.Ok, Sqlite.BindInt(insert, 1, i * 4 + 3));
                Assert.Equal(Sqlite.Ok, Sqlite.BindText16(insert, 2, names[i], Sqlite.Transient));
                Assert.Equal(Sqlite.Done, Sqlite.Step(insert));
                Assert.Equal(Sqlite.Ok, Sqlite.Reset(insert));
            }
            Assert.Equal(Sqlite.Ok, Sqlite.Finalize(insert));

            Assert.Equal(Sqlite.Ok, Sqlite.PrepareWithLength(db, "SELECT id, name FROM t ORDER BY id", out nint select, null));
            int rows = 0;
            while (Sqlite.Step(select) == Sqlite.Row)
            {
                string expected = names[rows / 4];
                // The byte count shows the whole string arrived, the embedded NUL included; the text is read up to a NUL.
                Assert.Equal(Encoding.UTF8.GetByteCount(expected), Sqlite.ColumnBytes(select, 1));
                Assert.Equal(expected.Split('\0')[0], Sqlite.ColumnText(select, 1));
                rows++;
            }
            Assert.Equal(names.Length * 4, rows);
            Assert.Equal(Sqlite.Ok, Sqlite.Finalize(select));
        }
        finally
        {
            Assert.Equal(Sqlite.Ok, Sqlite.Close(db));
        }
    }

    [Fact]
    public void SqliteExpandedSqlAndExecErrorMessagesAreFreedWithSqlite3Free()
    {
        Assert.Equal(Sqlite.Ok, Sqlite.Open(":memory:", out nint db));
        try
        {
            Assert.Equal(Sqlite.Ok, Sqlite.PrepareWithLength(db, "SELECT ?1, ?2", out nint statement, null));
            Assert.Equal(Sqlite.Ok, Sqlite.BindTextWithLength(statement, 1, "it's", Sqlite.Transient));
            Assert.Equal(Sqlite.Ok, Sqlite.BindInt(statement, 2, 42));
            Assert.Equal("SELECT 'it''s', 42", Sqlite.ExpandedSql(statement));
            Assert.Equal(Sqlite.Ok, Sqlite.Finalize(statement));

            Assert.NotEqual(Sqlite.Ok, Sqlite.Exec(db, "SELEKT nonsense", 0, 0, out string? message));
            Assert.Contains("syntax error", message);
            Assert.Contains("syntax error", Sqlite.ErrorMessage(db));
            Assert.Equal(Sqlite.Ok, Sqlite.Exec(db, "SELECT 1", 0, 0, out string? none));
            Assert.Null(none);
        }
        finally
        {
            Assert.Equal(Sqlite.Ok, Sqlite.Close(db));
        }
    }

    private static void Exec(nint db, string sql)
    {
        Assert.Equal(Sqlite.Ok, Sqlite.Exec(db, sql, 0, 0, out string? message));
        Assert.Null(message);
    }

    [Fact]
    public void SpanCStringsAndStringLengthsAllocateZeroManagedBytes()
    {
        string text = "some text é";
        void CallAll()
        {
            LibC.StrLenUtf8("héllo"u8);
            LibC.StrNCmpPrefix(text, text);
            TestNative.HashUtf16Span(text.AsSpan());
            TestNative.HashUtf8Span(text.AsSpan());
        }
        for (int i = 0; i < 100; i++) CallAll();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++) CallAll();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
