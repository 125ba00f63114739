using System;
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
        T* target = (T*)AllocUninitializedCore(ByteCount<T>(source.Length), AlignmentOf<T>(), token);
        Span<T> copy = new(target, source.Length);
        source.CopyTo(copy);
        return copy;
    }

    /// <summary>
    /// UTF-8 without counting twice: when the worst case (3 bytes per UTF-16 unit, plus the NUL) fits
    /// in the current page, encode in place and give back what was not used.
    /// </summary>
    internal byte* Utf8Core(string value, long token)
    {
        byte* start = _cursor;
        nuint bound = (nuint)(uint)value.Length * 3;
        if (start + bound < _limit)
        {
            Utf8Transcoder.FromUtf16(value, new Span<byte>(start, (int)bound), out _, out int written);
            start[written] = 0;
            _cursor = start + written + 1;
            return start;
        }
        return Utf8Slow(value, token);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private byte* Utf8Slow(string value, long token)
    {
        if (!_checks && !_disposed && (nuint)(uint)value.Length < (nuint)(_limit - _cursor))
        {
            // The worst case does not fit but the string might: count exactly and stay on this page
            // rather than move to the next one (a page change also makes the release take the slow path).
            int exact = Encoding.UTF8.GetByteCount(value);
            if ((nuint)(uint)exact < (nuint)(_limit - _cursor))
            {
                byte* here = _cursor;
                Utf8Transcoder.FromUtf16(value, new Span<byte>(here, exact), out _, out int done);
                here[done] = 0;
                _cursor = here + done + 1;
                return here;
            }
        }
        nuint bound = (nuint)(uint)value.Length * 3 + 1;
        if (!_checks && !_disposed && bound <= _largeThreshold && _maxSize == nuint.MaxValue)
        {
            // Still one pass: take the worst case on the next page, encode, give back what was not used.
            // (Not under a MaxSize: the worst case could fail where the exact size fits.)
            byte* start = (byte*)AllocUninitializedCore(bound, 1, token);
            Utf8Transcoder.FromUtf16(value, new Span<byte>(start, (int)bound - 1), out _, out int encoded);
            start[encoded] = 0;
            if (_cursor == start + bound) _cursor = start + encoded + 1;
            return start;
        }
        int count = Encoding.UTF8.GetByteCount(value);
        byte* target = (byte*)AllocUninitializedCore((nuint)(uint)count + 1, 1, token);
        Utf8Transcoder.FromUtf16(value, new Span<byte>(target, count), out _, out int written);
        target[written] = 0;
        return target;
    }

    internal char* Utf16Core(string value, long token)
    {
        char* target = (char*)AllocUninitializedCore(((nuint)(uint)value.Length + 1) * sizeof(char), sizeof(char), token);
        value.CopyTo(new Span<char>(target, value.Length));
        target[value.Length] = '\0';
        return target;
    }

    internal byte** Utf8ArrayCore(ReadOnlySpan<string?> values, long token)
    {
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
