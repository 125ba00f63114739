using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ParamArena;

// The way back: native structs converted into managed shapes, strings and arrays. Everything returned is a copy in
// managed memory, so nothing read here depends on the native memory (or the lease) it came from.
public static unsafe partial class ArenaStaging
{
    /// <summary>Converts the native struct at <paramref name="source"/> into a new shape (strings decoded, arrays built from their counts).</summary>
    /// <typeparam name="TShape">The shape.</typeparam>
    /// <typeparam name="TNative">Its native twin (<c>TShape.Native</c>).</typeparam>
    /// <param name="source">The native struct, in native memory, the arena, or a local.</param>
    /// <returns>The shape.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TShape Read<TShape, TNative>(TNative* source)
        where TShape : struct, IArenaShape<TShape, TNative>
        where TNative : unmanaged
    {
        if (source is null) ThrowNullSource();
        TShape.Read(source, out TShape value);
        return value;
    }

    /// <summary>Converts the native struct at <paramref name="source"/> into <paramref name="value"/>, without copying the shape on return.</summary>
    /// <typeparam name="TShape">The shape.</typeparam>
    /// <typeparam name="TNative">Its native twin (<c>TShape.Native</c>).</typeparam>
    /// <param name="source">The native struct.</param>
    /// <param name="value">Receives the shape (every field is written).</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Read<TShape, TNative>(TNative* source, out TShape value)
        where TShape : struct, IArenaShape<TShape, TNative>
        where TNative : unmanaged
    {
        if (source is null) ThrowNullSource();
        TShape.Read(source, out value);
    }

    /// <summary>Converts an optional native struct: a null pointer gives null.</summary>
    /// <typeparam name="TShape">The shape.</typeparam>
    /// <typeparam name="TNative">Its native twin (<c>TShape.Native</c>).</typeparam>
    /// <param name="source">The native struct, or null.</param>
    /// <returns>The shape, or null.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TShape? ReadOptional<TShape, TNative>(TNative* source)
        where TShape : struct, IArenaShape<TShape, TNative>
        where TNative : unmanaged
    {
        if (source is null) return null;
        TShape.Read(source, out TShape value);
        return value;
    }

    /// <summary>Converts <paramref name="count"/> contiguous native structs into a new array of shapes.</summary>
    /// <typeparam name="TShape">The shape.</typeparam>
    /// <typeparam name="TNative">Its native twin (<c>TShape.Native</c>).</typeparam>
    /// <param name="source">The first native struct, or null.</param>
    /// <param name="count">The number of structs (a native count, widened to 64 bits).</param>
    /// <returns>The shapes; null when <paramref name="source"/> is null, empty when <paramref name="count"/> is 0.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="count"/> is larger than a managed array can be.</exception>
    public static TShape[]? ReadArray<TShape, TNative>(TNative* source, ulong count)
        where TShape : struct, IArenaShape<TShape, TNative>
        where TNative : unmanaged
    {
        if (source is null) return null;
        TShape[] items = count == 0 ? Array.Empty<TShape>() : new TShape[ArrayLength(count)];
        for (int i = 0; i < items.Length; i++) TShape.Read(source + i, out items[i]);
        return items;
    }

    /// <summary>Copies <paramref name="count"/> blittable elements into a new array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The first element, or null.</param>
    /// <param name="count">The number of elements (a native count, widened to 64 bits).</param>
    /// <returns>The copy; null when <paramref name="source"/> is null, empty when <paramref name="count"/> is 0.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="count"/> is larger than a managed array can be.</exception>
    public static T[]? ReadArray<T>(T* source, ulong count) where T : unmanaged
    {
        if (source is null) return null;
        return count == 0 ? Array.Empty<T>() : new ReadOnlySpan<T>(source, ArrayLength(count)).ToArray();
    }

    /// <summary>Decodes a NUL-terminated UTF-8 string; null gives null.</summary>
    /// <param name="source">The string, or null.</param>
    /// <returns>The decoded string (invalid UTF-8 becomes U+FFFD), or null.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string? ReadUtf8(byte* source) => Marshal.PtrToStringUTF8((nint)source);

    /// <summary>Decodes a NUL-terminated UTF-16 string; null gives null.</summary>
    /// <param name="source">The string, or null.</param>
    /// <returns>The decoded string, or null.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string? ReadUtf16(char* source) => Marshal.PtrToStringUni((nint)source);

    /// <summary>Decodes an array of NUL-terminated UTF-8 strings; null entries stay null.</summary>
    /// <param name="source">The pointer array, or null.</param>
    /// <param name="count">The number of pointers.</param>
    /// <returns>The strings; null when <paramref name="source"/> is null, empty when <paramref name="count"/> is 0.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="count"/> is larger than a managed array can be.</exception>
    public static string?[]? ReadUtf8Array(byte** source, ulong count)
    {
        if (source is null) return null;
        string?[] items = count == 0 ? Array.Empty<string?>() : new string?[ArrayLength(count)];
        for (int i = 0; i < items.Length; i++) items[i] = Marshal.PtrToStringUTF8((nint)source[i]);
        return items;
    }

    /// <summary>Decodes an array of NUL-terminated UTF-16 strings; null entries stay null.</summary>
    /// <param name="source">The pointer array, or null.</param>
    /// <param name="count">The number of pointers.</param>
    /// <returns>The strings; null when <paramref name="source"/> is null, empty when <paramref name="count"/> is 0.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="count"/> is larger than a managed array can be.</exception>
    public static string?[]? ReadUtf16Array(char** source, ulong count)
    {
        if (source is null) return null;
        string?[] items = count == 0 ? Array.Empty<string?>() : new string?[ArrayLength(count)];
        for (int i = 0; i < items.Length; i++) items[i] = Marshal.PtrToStringUni((nint)source[i]);
        return items;
    }

    /// <summary>Throws when reading a native graph that refers to itself (or nests deeper than the stack allows).</summary>
    /// <param name="shape">The shape whose reading found the stack nearly exhausted.</param>
    [DoesNotReturn]
    public static void ThrowReadGraphTooDeep(Type shape) =>
        throw new InvalidOperationException($"The native {shape.Name} graph being read refers to itself (a pointer leads back to a struct being read), or nests deeper than the stack allows; reading stopped before the stack overflowed.");

    // A native count (negative ones arrive sign-extended, so as huge values) as a managed array length.
    private static int ArrayLength(ulong count) =>
        count <= (ulong)Array.MaxLength ? (int)count : ThrowCountTooLarge(count);

    [DoesNotReturn]
    private static int ThrowCountTooLarge(ulong count) =>
        throw new InvalidOperationException($"The native count {count} (or {(long)count} as a signed value) is larger than a managed array can hold.");

    [DoesNotReturn]
    private static void ThrowNullSource() => throw new ArgumentNullException("source");
}
