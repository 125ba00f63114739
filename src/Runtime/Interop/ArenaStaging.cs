using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ParamArena;

/// <summary>
/// Small building blocks the code generated for <see cref="ArenaMarshalAttribute"/> methods and
/// <see cref="ArenaStructAttribute"/> shapes calls. Public so generated code in any assembly can use them;
/// hand-written staging may use them too.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe class ArenaStaging
{
    /// <summary>Copies up to this many bytes are done inline, element by element.</summary>
    private const int SmallCopyBytes = 64;

    /// <summary>The alignment the arena gives <typeparamref name="T"/>: its natural alignment, at least pointer size.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <returns>A power of two; a JIT-time constant.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nuint AlignOf<T>() where T : unmanaged =>
        (nuint)Math.Max(sizeof(void*), Unsafe.SizeOf<AlignmentProbe<T>>() - sizeof(T));

    /// <summary>The first offset at or after <paramref name="offset"/> where a <typeparamref name="T"/> is aligned as <see cref="AlignOf{T}"/> says.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="offset">An offset from an allocation aligned at least as much.</param>
    /// <returns>The aligned offset; a JIT-time constant when <paramref name="offset"/> is.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nuint AlignUp<T>(nuint offset) where T : unmanaged => (offset + AlignOf<T>() - 1) & ~(AlignOf<T>() - 1);

    /// <summary>The larger of <paramref name="alignment"/> and <see cref="AlignOf{T}"/>: the alignment a block holding a <typeparamref name="T"/> needs.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="alignment">The alignment needed so far (a power of two).</param>
    /// <returns>A power of two; a JIT-time constant when <paramref name="alignment"/> is.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nuint MaxAlign<T>(nuint alignment) where T : unmanaged => AlignOf<T>() > alignment ? AlignOf<T>() : alignment;

    /// <summary>Allocates one uninitialized <typeparamref name="T"/> in <paramref name="lease"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="lease">The lease that owns the memory.</param>
    /// <returns>The allocation.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [LeaseBound]
    public static T* AllocUninitialized<T>(scoped in ArenaLease lease) where T : unmanaged =>
        (T*)lease.AllocUninitialized((nuint)sizeof(T), AlignOf<T>());

    /// <summary>Allocates <paramref name="count"/> uninitialized elements in <paramref name="lease"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="lease">The lease that owns the memory.</param>
    /// <param name="count">The number of elements (not negative).</param>
    /// <returns>The allocation.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [LeaseBound]
    public static T* AllocUninitialized<T>(scoped in ArenaLease lease, int count) where T : unmanaged =>
        (T*)lease.AllocUninitialized((nuint)(uint)count * (nuint)sizeof(T), AlignOf<T>());

    /// <summary>Copies <paramref name="source"/> into <paramref name="lease"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="lease">The lease that owns the copy.</param>
    /// <param name="source">The elements; a null array converts to an empty span.</param>
    /// <returns>The copy, or null when <paramref name="source"/> is empty (as pinning an empty array gives null).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [LeaseBound]
    public static T* Copy<T>(scoped in ArenaLease lease, ReadOnlySpan<T> source) where T : unmanaged
    {
        if (source.IsEmpty) return null;
        T* destination = AllocUninitialized<T>(lease, source.Length);
        // Short arrays (a queue's priorities, a few indices) are copied element by element: cheaper than the call into memmove.
        if ((nuint)(uint)source.Length * (nuint)sizeof(T) <= SmallCopyBytes)
        {
            for (int i = 0; i < source.Length; i++) destination[i] = source[i];
        }
        else
        {
            source.CopyTo(new Span<T>(destination, source.Length));
        }
        return destination;
    }

#nullable disable
    // Oblivious on purpose: callers pass string[], string?[] and spans of either without nullability warnings.

    /// <summary>Stages an array of NUL-terminated UTF-8 strings; null entries stay null.</summary>
    /// <param name="lease">The lease that owns the strings and the pointer array.</param>
    /// <param name="values">The strings; a null array converts to an empty span.</param>
    /// <returns>The pointer array, or null when <paramref name="values"/> is empty.</returns>
    [LeaseBound]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte** Utf8Array(scoped in ArenaLease lease, ReadOnlySpan<string> values) =>
        values.IsEmpty ? null : Utf8ArrayCore(lease, values);

    // Out of line: the empty (absent) case above costs no call.
    private static byte** Utf8ArrayCore(scoped in ArenaLease lease, ReadOnlySpan<string> values)
    {
        byte** array = (byte**)AllocUninitialized<nint>(lease, values.Length);
        for (int i = 0; i < values.Length; i++) array[i] = lease.Utf8(values[i]);
        return array;
    }

    /// <summary>Stages an array of NUL-terminated UTF-16 strings; null entries stay null.</summary>
    /// <param name="lease">The lease that owns the strings and the pointer array.</param>
    /// <param name="values">The strings; a null array converts to an empty span.</param>
    /// <returns>The pointer array, or null when <paramref name="values"/> is empty.</returns>
    [LeaseBound]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char** Utf16Array(scoped in ArenaLease lease, ReadOnlySpan<string> values) =>
        values.IsEmpty ? null : Utf16ArrayCore(lease, values);

    // Out of line: the empty (absent) case above costs no call.
    private static char** Utf16ArrayCore(scoped in ArenaLease lease, ReadOnlySpan<string> values)
    {
        char** array = (char**)AllocUninitialized<nint>(lease, values.Length);
        for (int i = 0; i < values.Length; i++) array[i] = lease.Utf16(values[i]);
        return array;
    }
#nullable restore

    /// <summary>Throws for a length that does not fit the native count type.</summary>
    /// <param name="name">The parameter or field whose length is too large.</param>
    /// <param name="length">The length (or size in bytes).</param>
    /// <param name="countType">The native count type's C# name.</param>
    [DoesNotReturn]
    public static void ThrowCountOverflow(string name, ulong length, string countType) =>
        throw new ArgumentException($"{name} has {length} elements (or bytes), more than its native count type '{countType}' can hold.", name);

    /// <summary>Throws when arrays that share one native count differ in length.</summary>
    /// <param name="name">The array that disagrees.</param>
    /// <param name="length">Its length.</param>
    /// <param name="firstName">The first array sharing the count.</param>
    /// <param name="firstLength">That array's length, which sets the count.</param>
    [DoesNotReturn]
    public static void ThrowCountMismatch(string name, int length, string firstName, int firstLength) =>
        throw new ArgumentException($"{name} has {length} elements but shares its native count with {firstName}, which has {firstLength}.", name);

    /// <summary>Throws when staging a shape graph that refers to itself (or nests deeper than the stack allows).</summary>
    /// <param name="shape">The shape whose staging found the stack nearly exhausted.</param>
    [DoesNotReturn]
    public static void ThrowGraphTooDeep(Type shape) =>
        throw new ArgumentException($"The {shape.Name} graph being staged refers to itself (an array or optional shape leads back to an item being staged), or nests deeper than the stack allows; staging stopped before the stack overflowed.");

    [StructLayout(LayoutKind.Sequential)]
    private struct AlignmentProbe<T> where T : unmanaged
    {
        public byte Padding;
        public T Value;
    }
}
