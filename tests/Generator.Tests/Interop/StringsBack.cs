using System;
using System.Runtime.InteropServices;
using ParamArena.Generator.Tests.Native;

namespace ParamArena.Generator.Tests.Interop;

/// <summary>libc functions that hand strings back: caller buffers, owned returns, end pointers.</summary>
public static unsafe partial class LibC
{
    /// <summary>ERANGE on Linux.</summary>
    public const int ERange = 34;

    // char* getcwd(char* buf, size_t size): NULL with ERANGE when the buffer is too small.
    [ArenaMarshal(Library, EntryPoint = "getcwd", SetLastError = true)]
    internal static partial nint GetCwd([ArenaStringBuffer(1, CapacityType = typeof(nuint), InitialCapacity = 8)] out string? path);

    // The same without growth: the first too-small buffer is the answer.
    [ArenaMarshal(Library, EntryPoint = "getcwd", SetLastError = true)]
    internal static partial nint GetCwdNoRetry([ArenaStringBuffer(1, CapacityType = typeof(nuint), InitialCapacity = 8, MaxCapacity = 8)] out string? path);

    // ssize_t readlink(const char* path, char* buf, size_t bufsiz): bytes written, not NUL-terminated; == bufsiz when cut short.
    [ArenaMarshal(Library, EntryPoint = "readlink", SetLastError = true)]
    internal static partial nint ReadLink(string path,
        [ArenaStringBuffer(2, CapacityType = typeof(nuint), InitialCapacity = 16, TooSmall = ArenaBufferTooSmall.ReturnFillsCapacity)] out string? target);

    // char* realpath(const char* path, char* resolved): with resolved == NULL, a malloc'd string the caller frees.
    [ArenaMarshal(Library, EntryPoint = "realpath")]
    [return: ArenaFree("free")]
    internal static partial string? RealPath(string path, byte* resolved);

    // The same, leaking: the returned string is decoded and never freed (for the leak test's comparison).
    [ArenaMarshal(Library, EntryPoint = "realpath")]
    internal static partial nint RealPathPointer(string path, byte* resolved);

    [ArenaMarshal(Library, EntryPoint = "free")]
    internal static partial void Free(nint pointer);

    // struct mallinfo2 mallinfo2(void): glibc's malloc statistics (uordblks: bytes in use).
    [ArenaMarshal(Library, EntryPoint = "mallinfo2")]
    internal static partial MallInfo2 MallInfo();

    // size_t strlen(const char*) over a u8 literal staged with its NUL.
    [ArenaMarshal(Library, EntryPoint = "strlen")]
    internal static partial nuint StrLenUtf8([MarshalAs(UnmanagedType.LPUTF8Str)] ReadOnlySpan<byte> text);

    // int strncmp(const char* a, const char* b, size_t n) with n computed from a's UTF-8 bytes.
    [ArenaMarshal(Library, EntryPoint = "strncmp")]
    internal static partial int StrNCmpPrefix([ArenaCountParameter(2, CountType = typeof(nuint))] string prefix, string text);
}

/// <summary>glibc's <c>struct mallinfo2</c>: ten size_t counters.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct MallInfo2
{
    /// <summary>Non-mmapped space allocated from the system.</summary>
    public nuint Arena;

    /// <summary>Free chunks.</summary>
    public nuint OrdBlks;

    /// <summary>Free fastbin blocks.</summary>
    public nuint SmBlks;

    /// <summary>Mmapped regions.</summary>
    public nuint HBlks;

    /// <summary>Space in mmapped regions.</summary>
    public nuint HBlkHd;

    /// <summary>Unused.</summary>
    public nuint UsmBlks;

    /// <summary>Space in freed fastbin blocks.</summary>
    public nuint FsmBlks;

    /// <summary>Total allocated space: the bytes malloc has handed out and not had back.</summary>
    public nuint UordBlks;

    /// <summary>Total free space.</summary>
    public nuint FordBlks;

    /// <summary>Top-most, releasable space.</summary>
    public nuint KeepCost;
}

/// <summary>Test library functions with strings back through a const char** and UTF-16 spans.</summary>
public static unsafe partial class TestNative
{
    // void pa_get_static_text(void** out): points the out pointer at a static string the library owns.
    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_get_static_text")]
    internal static partial void GetStaticTextString(out string text);

    // int pa_advance(const char** cursor, int steps): moves a cursor along the staged string.
    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_advance")]
    internal static partial int AdvanceString(ref string? cursor, int steps);

    // The same declared as handing back a string to free: a cursor moved along the staged input is not the caller's.
    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_advance")]
    internal static partial int AdvanceStringOwned([ArenaFree("free", Library = "libc.so.6")] ref string? cursor, int steps);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_hash_utf16")]
    internal static partial uint HashUtf16Span([MarshalAs(UnmanagedType.LPWStr)] ReadOnlySpan<char> text);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_hash_utf8")]
    internal static partial uint HashUtf8Span([MarshalAs(UnmanagedType.LPUTF8Str)] ReadOnlySpan<char> text);
}

/// <summary>SQLite functions with strings back, owned returns and computed byte lengths.</summary>
public static unsafe partial class Sqlite
{
    // int sqlite3_bind_text(stmt, int, const char* text, int nBytes, destructor): the byte length computed by the stub.
    [ArenaMarshal(Library, EntryPoint = "sqlite3_bind_text")]
    internal static partial int BindTextWithLength(nint statement, int index, [ArenaCountParameter(3)] string? text, nint destructor);

    // The same from a span of chars (UTF-8 transcoded) and from UTF-8 bytes.
    [ArenaMarshal(Library, EntryPoint = "sqlite3_bind_text")]
    internal static partial int BindTextSpan(nint statement, int index,
        [ArenaCountParameter(3), MarshalAs(UnmanagedType.LPUTF8Str)] ReadOnlySpan<char> text, nint destructor);

    [ArenaMarshal(Library, EntryPoint = "sqlite3_bind_text")]
    internal static partial int BindTextUtf8(nint statement, int index,
        [ArenaCountParameter(3), MarshalAs(UnmanagedType.LPUTF8Str)] ReadOnlySpan<byte> text, nint destructor);

    // int sqlite3_bind_text16(stmt, int, const void* text, int nBytes, destructor): UTF-16 with its length in bytes.
    [ArenaMarshal(Library, EntryPoint = "sqlite3_bind_text16")]
    internal static partial int BindText16(nint statement, int index,
        [ArenaCountParameter(3, InBytes = true), MarshalAs(UnmanagedType.LPWStr)] string text, nint destructor);

    [ArenaMarshal(Library, EntryPoint = "sqlite3_reset")]
    internal static partial int Reset(nint statement);

    // int sqlite3_column_bytes(stmt, int).
    [ArenaMarshal(Library, EntryPoint = "sqlite3_column_bytes")]
    internal static partial int ColumnBytes(nint statement, int column);

    // char* sqlite3_expanded_sql(stmt): memory from sqlite3_malloc that the caller frees with sqlite3_free.
    [ArenaMarshal(Library, EntryPoint = "sqlite3_expanded_sql")]
    [return: ArenaFree("sqlite3_free")]
    internal static partial string? ExpandedSql(nint statement);

    // int sqlite3_prepare_v2(db, sql, nBytes, stmt**, const char** tail) with the byte length computed: the tail
    // points into the staged SQL, so it is not read here (PA1006 would flag an 'out byte*' for it).
    [ArenaMarshal(Library, EntryPoint = "sqlite3_prepare_v2")]
    internal static partial int PrepareWithLength(nint database, [ArenaCountParameter(2)] string sql, out nint statement, byte** tail);

    // int sqlite3_exec(db, sql, callback, arg, char** errmsg): the message is sqlite3_malloc'd, freed with sqlite3_free.
    [ArenaMarshal(Library, EntryPoint = "sqlite3_exec")]
    internal static partial int Exec(nint database, string sql, nint callback, nint argument, [ArenaFree("sqlite3_free")] out string? errorMessage);
}
