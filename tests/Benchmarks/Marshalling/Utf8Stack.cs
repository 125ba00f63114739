using System;
using System.Text;

namespace ParamArena.Benchmarks.Marshalling;

/// <summary>The hand-written baseline's string helper: encode into a caller's stack buffer, NUL-terminate.</summary>
internal static unsafe class Utf8Stack
{
    /// <summary>An upper bound for the encoded size of <paramref name="s"/> including its NUL.</summary>
    public static int MaxSize(string s) => Encoding.UTF8.GetMaxByteCount(s.Length) + 1;

    /// <summary>Encodes <paramref name="s"/> at <paramref name="buffer"/> + <paramref name="offset"/> and advances the offset.</summary>
    public static byte* Put(byte* buffer, int capacity, ref int offset, string s)
    {
        byte* start = buffer + offset;
        int length = Encoding.UTF8.GetBytes(s, new Span<byte>(start, capacity - offset));
        start[length] = 0;
        offset += length + 1;
        return start;
    }
}
