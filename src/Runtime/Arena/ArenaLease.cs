using System;
using System.Diagnostics.CodeAnalysis;

namespace ParamArena;

/// <summary>
/// A scope of the calling thread's <see cref="Arena"/>: everything allocated through it is released,
/// in O(1), when it is disposed. Nested rents on one thread are nested scopes of the same arena.
/// </summary>
/// <remarks>Placeholder implementation of the public surface; the real lease replaces it.</remarks>
public readonly unsafe ref struct ArenaLease
{
    private readonly Arena _arena;
    private readonly long _scopeId;

    private ArenaLease(Arena arena, long scopeId)
    {
        _arena = arena;
        _scopeId = scopeId;
    }

    /// <summary>Rents the calling thread's arena.</summary>
    public static ArenaLease Rent()
    {
        Arena arena = Arena.ForCurrentThread;
        return new ArenaLease(arena, arena.OpenScope());
    }

    /// <summary>The arena this lease allocates from.</summary>
    public Arena Arena => _arena;

    /// <summary>Allocates <paramref name="size"/> zeroed bytes.</summary>
    public void* Alloc(nuint size, nuint alignment) => _arena.Alloc(size, alignment);

    /// <summary>Allocates <paramref name="size"/> bytes, not cleared.</summary>
    public void* AllocUninitialized(nuint size, nuint alignment) => _arena.AllocUninitialized(size, alignment);

    /// <summary>Allocates one zeroed <typeparamref name="T"/>.</summary>
    public T* Alloc<T>() where T : unmanaged => _arena.Alloc<T>();

    /// <summary>Allocates <paramref name="count"/> zeroed elements.</summary>
    public T* Alloc<T>(int count) where T : unmanaged => _arena.Alloc<T>(count);

    /// <summary>Allocates <paramref name="count"/> zeroed elements as a span that cannot outlive the lease.</summary>
    [UnscopedRef]
    public Span<T> AllocSpan<T>(int count) where T : unmanaged => _arena.AllocSpan<T>(count);

    /// <summary>Copies <paramref name="source"/> into the arena.</summary>
    [UnscopedRef]
    public Span<T> Copy<T>(ReadOnlySpan<T> source) where T : unmanaged => _arena.Copy(source);

    /// <summary>NUL-terminated UTF-8; null for null.</summary>
    public byte* Utf8(string? value) => _arena.Utf8(value);

    /// <summary>NUL-terminated UTF-16; null for null.</summary>
    public char* Utf16(string? value) => _arena.Utf16(value);

    /// <summary>An array of NUL-terminated UTF-8 strings.</summary>
    public byte** Utf8Array(ReadOnlySpan<string?> values) => _arena.Utf8Array(values);

    /// <summary>Releases everything allocated through this lease.</summary>
    public void Dispose() => _arena?.CloseScope(_scopeId);
}
