using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using Utf8Transcoder = System.Text.Unicode.Utf8;

namespace ParamArena;

// Copies and strings: spans, UTF-8, UTF-16 and arrays of string pointers.
public sealed unsafe partial class Arena
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal Span<T> CopyCore<T>(ReadOnlySpan<T> source, long token) where T : unmanaged
    {
        if (source.IsEmpty) return default;
        T* target = (T*)AllocUninitializedCore(ByteCount<T>(source.Length), AlignmentOf<T>(), token);
        Span<T> copy = new(target, source.Length);
        source.CopyTo(copy);
        return copy;
    }

    /// <summary>UTF-8 in one pass into the rest of the page when it fits there (<see cref="Utf8(ref byte*, byte*, ReadOnlySpan{char})"/>).</summary>
    /// <remarks>Not inlined into callers: one call per string keeps stubs small; the bump inside it is inlined.</remarks>
    internal byte* Utf8Core(ReadOnlySpan<char> value, long token)
    {
        AssertHotState();
        byte* start = Utf8(ref _cursor, _limit, value);
        return start != null ? start : Utf8Slow(value, token);
    }

    /// <summary>
    /// The string does not fit in the page (or checked mode, or a disposed arena): count exactly and allocate once,
    /// on the next page or a large block.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private byte* Utf8Slow(ReadOnlySpan<char> value, long token)
    {
        int count = Encoding.UTF8.GetByteCount(value);
        byte* target = (byte*)AllocUninitializedCore((nuint)(uint)count + 1, 1, token);
        Utf8Transcoder.FromUtf16(value, new Span<byte>(target, count), out _, out int written);
        Debug.Assert(written == count, "Encoding.UTF8 and Utf8.FromUtf16 both replace invalid UTF-16 with U+FFFD");
        target[written] = 0;
        return target;
    }

    internal char* Utf16Core(ReadOnlySpan<char> value, long token)
    {
        char* target = (char*)AllocUninitializedCore(((nuint)(uint)value.Length + 1) * sizeof(char), sizeof(char), token);
        value.CopyTo(new Span<char>(target, value.Length));
        target[value.Length] = '\0';
        return target;
    }

    // String arrays, on Arena, ArenaLease and ArenaStaging alike: an empty span (a null array converts to one)
    // gives null and allocates nothing, as pinning an empty array does; otherwise all or nothing.

    internal byte** Utf8ArrayCore(ReadOnlySpan<string?> values, long token)
    {
        if (values.IsEmpty) return null;
        ArenaScopeFrame mark = CurrentPosition();
        long pagesCreated = _pagesCreated;
        byte** array = (byte**)AllocUninitializedCore((nuint)(uint)values.Length * (nuint)sizeof(void*), (nuint)sizeof(void*), token);
        try
        {
            for (int i = 0; i < values.Length; i++)
                array[i] = values[i] is string value ? Utf8Core(value, token) : null;
        }
        catch
        {
            RollBack(in mark, pagesCreated);
            throw;
        }
        return array;
    }

    internal char** Utf16ArrayCore(ReadOnlySpan<string?> values, long token)
    {
        if (values.IsEmpty) return null;
        ArenaScopeFrame mark = CurrentPosition();
        long pagesCreated = _pagesCreated;
        char** array = (char**)AllocUninitializedCore((nuint)(uint)values.Length * (nuint)sizeof(void*), (nuint)sizeof(void*), token);
        try
        {
            for (int i = 0; i < values.Length; i++)
                array[i] = values[i] is string value ? Utf16Core(value, token) : null;
        }
        catch
        {
            RollBack(in mark, pagesCreated);
            throw;
        }
        return array;
    }

    /// <summary>Undoes a compound operation that failed part way: back to <paramref name="mark"/>, without the pages it created.</summary>
    private void RollBack(in ArenaScopeFrame mark, long pagesCreated)
    {
        if (_disposed) return;
        SyncOpenFrames();
        FoldPeak();
        if (_checks)
        {
            PoisonAbove(in mark);
            _checked!.RemoveRange(mark.CheckIndex, _checked.Count - mark.CheckIndex);
        }
        FreeLargeBlocksUntil(mark.Large);
        if (_page != mark.Page) MakeCurrent(mark.Page, mark.Cursor);
        else _cursor = _peakCursor = mark.Cursor;
        FreePagesCreatedAfter(pagesCreated);
    }
}
