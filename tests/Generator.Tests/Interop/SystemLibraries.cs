using System;
using System.Runtime.InteropServices;

namespace ParamArena.Generator.Tests.Interop;

/// <summary>libc functions declared with [ArenaMarshal].</summary>
public static unsafe partial class LibC
{
    private const string Library = "libc.so.6";

    [ArenaMarshal(Library, EntryPoint = "strlen")]
    internal static partial nuint StrLen(string text);

    [ArenaMarshal(Library, EntryPoint = "strcmp")]
    internal static partial int StrCmp(string left, string right);

    // The text is a caller-owned pointer (not a staged string) so that 'end', which points into it, stays valid.
    [ArenaMarshal(Library, EntryPoint = "strtol")]
    internal static partial nint StrToL(byte* text, out byte* end, int radix);

    [ArenaMarshal(Library, EntryPoint = "qsort")]
    internal static partial void QSort(void* items, nuint count, nuint size, delegate* unmanaged<void*, void*, int> compare);
}

/// <summary>zlib's z_stream, blittable as zlib lays it out on 64-bit Linux (uLong is 64 bits).</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct ZStream
{
    /// <summary>Next input byte.</summary>
    public byte* NextIn;

    /// <summary>Bytes available at <see cref="NextIn"/>.</summary>
    public uint AvailIn;

    /// <summary>Total bytes read.</summary>
    public nuint TotalIn;

    /// <summary>Next output byte.</summary>
    public byte* NextOut;

    /// <summary>Free space at <see cref="NextOut"/>.</summary>
    public uint AvailOut;

    /// <summary>Total bytes written.</summary>
    public nuint TotalOut;

    /// <summary>Last error message.</summary>
    public byte* Msg;

    /// <summary>zlib's internal state.</summary>
    public void* State;

    /// <summary>Allocator (null for zlib's default).</summary>
    public void* ZAlloc;

    /// <summary>Free function.</summary>
    public void* ZFree;

    /// <summary>Allocator state.</summary>
    public void* Opaque;

    /// <summary>Best guess of the data type.</summary>
    public int DataType;

    /// <summary>Adler-32 of the data.</summary>
    public nuint Adler;

    /// <summary>Reserved.</summary>
    public nuint Reserved;
}

/// <summary>zlib functions declared with [ArenaMarshal].</summary>
public static unsafe partial class ZLib
{
    private const string Library = "libz.so.1";

    /// <summary>Z_OK.</summary>
    public const int Ok = 0;

    /// <summary>Z_STREAM_END.</summary>
    public const int StreamEnd = 1;

    /// <summary>Z_FINISH.</summary>
    public const int Finish = 4;

    [ArenaMarshal(Library, EntryPoint = "zlibVersion")]
    internal static partial string ZlibVersion();

    [ArenaMarshal(Library, EntryPoint = "compressBound")]
    internal static partial nuint CompressBound(nuint sourceLength);

    [ArenaMarshal(Library, EntryPoint = "compress2")]
    internal static partial int Compress2(Span<byte> destination, ref nuint destinationLength,
        [ArenaCountParameter(3, CountType = typeof(nuint))] ReadOnlySpan<byte> source, int level);

    [ArenaMarshal(Library, EntryPoint = "uncompress")]
    internal static partial int Uncompress(byte[] destination, ref nuint destinationLength,
        [ArenaCountParameter(3, CountType = typeof(nuint))] ReadOnlySpan<byte> source);

    [ArenaMarshal(Library, EntryPoint = "deflateInit_")]
    internal static partial int DeflateInit(ref ZStream stream, int level, string version, int streamSize);

    [ArenaMarshal(Library, EntryPoint = "deflate")]
    internal static partial int Deflate(ref ZStream stream, int flush);

    [ArenaMarshal(Library, EntryPoint = "deflateEnd")]
    internal static partial int DeflateEnd(ref ZStream stream);
}

/// <summary>SQLite functions declared with [ArenaMarshal].</summary>
public static unsafe partial class Sqlite
{
    private const string Library = "libsqlite3.so.0";

    /// <summary>SQLITE_OK.</summary>
    public const int Ok = 0;

    /// <summary>SQLITE_ROW.</summary>
    public const int Row = 100;

    /// <summary>SQLITE_DONE.</summary>
    public const int Done = 101;

    /// <summary>SQLITE_TRANSIENT: SQLite copies the text before bind returns (the arena copy dies with the call).</summary>
    public static readonly nint Transient = -1;

    [ArenaMarshal(Library, EntryPoint = "sqlite3_open")]
    internal static partial int Open(string fileName, out nint database);

    [ArenaMarshal(Library, EntryPoint = "sqlite3_close")]
    internal static partial int Close(nint database);

    [ArenaMarshal(Library, EntryPoint = "sqlite3_prepare_v2")]
    internal static partial int Prepare(nint database, string sql, int sqlBytes, out nint statement, byte** tail);

    [ArenaMarshal(Library, EntryPoint = "sqlite3_bind_text")]
    internal static partial int BindText(nint statement, int index, string text, int textBytes, nint destructor);

    [ArenaMarshal(Library, EntryPoint = "sqlite3_bind_int")]
    internal static partial int BindInt(nint statement, int index, int value);

    [ArenaMarshal(Library, EntryPoint = "sqlite3_step")]
    internal static partial int Step(nint statement);

    [ArenaMarshal(Library, EntryPoint = "sqlite3_column_text")]
    internal static partial string? ColumnText(nint statement, int column);

    [ArenaMarshal(Library, EntryPoint = "sqlite3_finalize")]
    internal static partial int Finalize(nint statement);

    [ArenaMarshal(Library, EntryPoint = "sqlite3_errmsg")]
    internal static partial string ErrorMessage(nint database);
}
