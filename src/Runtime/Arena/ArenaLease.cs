using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace ParamArena;

/// <summary>
/// A scope of an <see cref="ParamArena.Arena"/> (by default the calling thread's): everything allocated
/// through it is released, in O(1), when it is disposed. A rent while another lease of the same arena
/// is open is a nested scope, so re-entrant calls (a native callback that makes another staged call)
/// keep the outer call's data intact.
/// </summary>
/// <remarks>
/// Dispose leases in the reverse order of renting (<c>using var lease = ArenaLease.Rent();</c> does).
/// Disposing an outer lease while an inner one is open throws <see cref="InvalidOperationException"/>
/// and releases nothing; a second dispose does nothing. Allocate through the innermost open lease:
/// memory allocated through an outer lease while an inner one is open is released with the inner one
/// (checked mode throws instead). Span-returning methods carry <see cref="UnscopedRefAttribute"/>, so
/// the compiler rejects spans that outlive the lease; raw pointers are the analyzers' job.
/// </remarks>
public readonly unsafe ref partial struct ArenaLease
{
    // A lease over a stack buffer (Rent(Span<byte>)) has no arena of its own: _mark then points at its ArenaStackState.
    private readonly Arena? _arena;
    private readonly long _token;
    private readonly byte* _mark;

    internal ArenaLease(Arena arena, long token, byte* mark)
    {
        _arena = arena;
        _token = token;
        _mark = mark;
    }

    /// <summary>Rents the calling thread's arena (<see cref="Arena.ForCurrentThread"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ArenaLease Rent()
    {
        return Arena.ForCurrentThread.OpenScope();
    }

    /// <summary>Rents <paramref name="arena"/>: a scope of it, released when the lease is disposed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="arena"/> is null.</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="arena"/> was disposed.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ArenaLease Rent(Arena arena)
    {
        ArgumentNullException.ThrowIfNull(arena);
        return arena.OpenScope();
    }

    /// <summary>The arena this lease allocates from.</summary>
    /// <exception cref="InvalidOperationException">The lease is <c>default</c> (never rented).</exception>
    public Arena Arena => _arena ?? (_mark != null ? Arena.ForCurrentThread : throw new InvalidOperationException("This lease was never rented (it is default(ArenaLease))."));

    /// <summary>True for <c>default(ArenaLease)</c>, which owns nothing (a lease staging rents only when it needs the arena).</summary>
    internal bool IsDefault => _arena is null && _mark == null;

    /// <summary>True until the lease is disposed (false for <c>default</c>).</summary>
    public bool IsOpen => _arena is not null ? _arena.IsOpen(_token) : _mark != null && Stack->End != null;

    /// <summary>Whether what the lease allocates is guarded by checked mode.</summary>
    internal bool ChecksEnabled => _arena is not null ? _arena.ChecksEnabled : Arena.ThreadArenasChecked;

    /// <inheritdoc cref="Arena.Alloc(nuint, nuint)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void* Alloc(nuint size, nuint alignment) => _arena is not null ? _arena.AllocCore(size, alignment, _token) : StackAlloc(size, alignment);

    /// <inheritdoc cref="Arena.AllocUninitialized(nuint, nuint)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void* AllocUninitialized(nuint size, nuint alignment) => _arena is not null ? _arena.AllocUninitializedCore(size, alignment, _token) : StackAllocUninitialized(size, alignment);

    /// <inheritdoc cref="Arena.TryAlloc(nuint, nuint, out void*)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryAlloc(nuint size, nuint alignment, out void* pointer) => _arena is not null ? _arena.TryAllocCore(size, alignment, _token, out pointer) : StackTryAlloc(size, alignment, out pointer);

    /// <inheritdoc cref="Arena.AllocArray(nuint, nuint, nuint)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void* AllocArray(nuint count, nuint elementSize, nuint alignment) => Alloc(Arena.ArrayByteCount(count, elementSize), alignment);

    /// <inheritdoc cref="Arena.Alloc{T}()"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T* Alloc<T>() where T : unmanaged => _arena is not null ? _arena.AllocCore<T>(_token) : (T*)StackAlloc((nuint)sizeof(T), Arena.AlignmentOf<T>());

    /// <inheritdoc cref="Arena.AllocUninitialized{T}()"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T* AllocUninitialized<T>() where T : unmanaged => (T*)AllocUninitialized((nuint)sizeof(T), Arena.AlignmentOf<T>());

    /// <inheritdoc cref="Arena.Alloc{T}(int)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T* Alloc<T>(int count) where T : unmanaged => (T*)Alloc(Arena.ByteCount<T>(count), Arena.AlignmentOf<T>());

    /// <inheritdoc cref="Arena.AllocUninitialized{T}(int)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T* AllocUninitialized<T>(int count) where T : unmanaged => (T*)AllocUninitialized(Arena.ByteCount<T>(count), Arena.AlignmentOf<T>());

    /// <summary>Allocates <paramref name="count"/> zeroed elements as a span that cannot outlive the lease.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    [UnscopedRef]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<T> AllocSpan<T>(int count) where T : unmanaged =>
        new(Alloc(Arena.ByteCount<T>(count), Arena.AlignmentOf<T>()), count);

    /// <summary>Allocates <paramref name="count"/> elements, not cleared, as a span that cannot outlive the lease.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    [UnscopedRef]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<T> AllocSpanUninitialized<T>(int count) where T : unmanaged =>
        new(AllocUninitialized(Arena.ByteCount<T>(count), Arena.AlignmentOf<T>()), count);

    /// <summary>Copies <paramref name="source"/> into the arena; the span cannot outlive the lease. An empty source gives an empty span and allocates nothing.</summary>
    [UnscopedRef]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<T> Copy<T>(ReadOnlySpan<T> source) where T : unmanaged => _arena is not null ? _arena.CopyCore(source, _token) : StackCopy(source);

    /// <inheritdoc cref="Arena.Utf8(string)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte* Utf8(string? value) => value is null ? null : Utf8Span(value);

    /// <inheritdoc cref="Arena.Utf16(string)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public char* Utf16(string? value) => value is null ? null : Utf16Span(value);

    /// <summary>NUL-terminated UTF-8 of <paramref name="value"/> (an empty span gives an empty C string).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal byte* Utf8Span(ReadOnlySpan<char> value) => _arena is not null ? _arena.Utf8Core(value, _token) : StackUtf8(value);

    /// <summary>NUL-terminated UTF-16 copy of <paramref name="value"/> (an empty span gives an empty C string).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal char* Utf16Span(ReadOnlySpan<char> value) => _arena is not null ? _arena.Utf16Core(value, _token) : StackUtf16(value);

    /// <inheritdoc cref="Arena.Utf8Array(ReadOnlySpan{string})"/>
    public byte** Utf8Array(ReadOnlySpan<string?> values) => _arena is not null ? _arena.Utf8ArrayCore(values, _token) : (byte**)StackStringArray(values, utf16: false);

    /// <inheritdoc cref="Arena.Utf16Array(ReadOnlySpan{string})"/>
    public char** Utf16Array(ReadOnlySpan<string?> values) => _arena is not null ? _arena.Utf16ArrayCore(values, _token) : (char**)StackStringArray(values, utf16: true);

    /// <summary>
    /// Releases everything allocated through this lease, in O(1). A second call does nothing.
    /// </summary>
    /// <exception cref="InvalidOperationException">A lease rented after this one is still open; nothing was released.</exception>
    /// <exception cref="ArenaCorruptionException">Checked mode: an allocation was written past its end (the lease was still released).</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Dispose()
    {
        if (_arena is not null) _arena.CloseScope(_token, _mark);
        else if (_mark != null) CloseStack();
    }
}
