using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Utf8Transcoder = System.Text.Unicode.Utf8;

namespace ParamArena;

// Fixed-size buffers inside native structs ([ArenaFixedLength] fields): written in place, in both directions.
public static unsafe partial class ArenaStaging
{
    /// <summary>
    /// Writes <paramref name="value"/> as NUL-terminated UTF-8 into a fixed buffer of <paramref name="capacity"/> bytes,
    /// zeroing the rest; null writes all zeros.
    /// </summary>
    /// <param name="value">The string; invalid UTF-16 becomes U+FFFD.</param>
    /// <param name="destination">The buffer.</param>
    /// <param name="capacity">Its size in bytes, the NUL included.</param>
    /// <param name="name">The field, for the exception.</param>
    /// <exception cref="ArgumentException">The encoded string and its NUL need more than <paramref name="capacity"/> bytes (the buffer may be partly written).</exception>
    public static void StageFixedUtf8(string? value, byte* destination, int capacity, string name)
    {
        int written = 0;
        if (value is not null && Utf8Transcoder.FromUtf16(value, new Span<byte>(destination, capacity - 1), out _, out written) != OperationStatus.Done)
            ThrowFixedTooLong(name, Encoding.UTF8.GetByteCount(value), "UTF-8 bytes", capacity);
        new Span<byte>(destination + written, capacity - written).Clear();
    }

    /// <summary>
    /// Writes <paramref name="value"/> as NUL-terminated UTF-16 into a fixed buffer of <paramref name="capacity"/> chars,
    /// zeroing the rest; null writes all zeros.
    /// </summary>
    /// <param name="value">The string.</param>
    /// <param name="destination">The buffer.</param>
    /// <param name="capacity">Its size in chars, the NUL included.</param>
    /// <param name="name">The field, for the exception.</param>
    /// <exception cref="ArgumentException">The string and its NUL need more than <paramref name="capacity"/> chars.</exception>
    public static void StageFixedUtf16(string? value, char* destination, int capacity, string name)
    {
        int length = value?.Length ?? 0;
        if (length >= capacity) ThrowFixedTooLong(name, length, "UTF-16 code units", capacity);
        value.AsSpan().CopyTo(new Span<char>(destination, capacity));
        new Span<char>(destination + length, capacity - length).Clear();
    }

    /// <summary>Decodes the UTF-8 in a fixed buffer up to its first NUL (or its end, when it holds none).</summary>
    /// <param name="source">The buffer.</param>
    /// <param name="capacity">Its size in bytes.</param>
    /// <returns>The string; empty (not null) for an empty buffer.</returns>
    public static string ReadFixedUtf8(byte* source, int capacity)
    {
        ReadOnlySpan<byte> bytes = new(source, capacity);
        int end = bytes.IndexOf((byte)0);
        return end == 0 ? string.Empty : Encoding.UTF8.GetString(end < 0 ? bytes : bytes.Slice(0, end));
    }

    /// <summary>Decodes the UTF-16 in a fixed buffer up to its first NUL (or its end, when it holds none).</summary>
    /// <param name="source">The buffer.</param>
    /// <param name="capacity">Its size in chars.</param>
    /// <returns>The string; empty (not null) for an empty buffer.</returns>
    public static string ReadFixedUtf16(char* source, int capacity)
    {
        ReadOnlySpan<char> chars = new(source, capacity);
        int end = chars.IndexOf('\0');
        return end == 0 ? string.Empty : new string(end < 0 ? chars : chars.Slice(0, end));
    }

    /// <summary>Copies <paramref name="value"/> into a fixed buffer of <paramref name="capacity"/> elements, zeroing the rest; an empty span (or null array) writes all zeros.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="value">The elements.</param>
    /// <param name="destination">The buffer.</param>
    /// <param name="capacity">Its length in elements.</param>
    /// <param name="name">The field, for the exception.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> has more than <paramref name="capacity"/> elements.</exception>
    public static void StageFixed<T>(ReadOnlySpan<T> value, T* destination, int capacity, string name) where T : unmanaged
    {
        if (value.Length > capacity) ThrowFixedTooLong(name, value.Length, "elements", capacity);
        value.CopyTo(new Span<T>(destination, capacity));
        new Span<T>(destination + value.Length, capacity - value.Length).Clear();
    }

    /// <summary>Copies a fixed buffer of <paramref name="capacity"/> elements into a new array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The buffer.</param>
    /// <param name="capacity">Its length in elements.</param>
    /// <returns>The copy, always <paramref name="capacity"/> elements long.</returns>
    public static T[] ReadFixed<T>(T* source, int capacity) where T : unmanaged => new ReadOnlySpan<T>(source, capacity).ToArray();

    [DoesNotReturn]
    private static void ThrowFixedTooLong(string name, int length, string unit, int capacity) =>
        throw new ArgumentException($"{name} has {length} {unit}, but its fixed-size native buffer holds {capacity}" +
            (unit == "elements" ? "." : $", the terminating NUL included, so at most {capacity - 1}."), name);
}
