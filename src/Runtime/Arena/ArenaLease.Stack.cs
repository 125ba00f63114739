using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ParamArena;

// Leases over a stack buffer: allocations go to the buffer while they fit, then to a scope of the thread's arena
// rented on first need, so a call whose staging fits never touches the arena.
public readonly unsafe ref partial struct ArenaLease
{
    /// <summary>
    /// Rents a lease that allocates in <paramref name="buffer"/> while it has room and rents a scope of the calling
    /// thread's arena only for what does not fit; disposing the lease releases both. A call whose staging fits in the
    /// buffer never touches the arena:
    /// <code>
    /// using ArenaLease lease = ArenaLease.Rent(stackalloc byte[256]);
    /// Native.Open(lease.Utf8(path));
    /// </code>
    /// In checked mode (<see cref="ArenaOptions.Checks"/> on thread arenas) everything goes to the arena, where canaries
    /// guard it. Like every lease, it belongs to the calling thread; its first rent of the arena comes when something does
    /// not fit, so a lease rented after it and still open at that moment makes the disposal order fail.
    /// </summary>
    /// <param name="buffer">
    /// Stack memory (<c>stackalloc</c>) or native memory that outlives the lease, never a managed array's: the lease
    /// hands out raw pointers into it. Its first <see cref="StackBufferOverhead"/> bytes hold the lease's state.
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="buffer"/> is shorter than <see cref="StackBufferOverhead"/> bytes plus alignment.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ArenaLease Rent(Span<byte> buffer)
    {
        byte* start = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetReference(buffer));
        var stack = (ArenaStackState*)(((nuint)start + (Arena.Granule - 1)) & ~(Arena.Granule - 1));
        byte* data = (byte*)(stack + 1);
        byte* end = (byte*)((nuint)(start + buffer.Length) & ~(Arena.Granule - 1));
        if (end < data) ThrowBufferTooSmall(buffer.Length);
        // Checked mode leaves the buffer empty, so canaries guard everything.
        stack->Cursor = data;
        stack->End = Arena.ThreadArenasChecked ? data : end;
        stack->Token = 0;
        return new ArenaLease(stack);
    }

    /// <summary>The bytes of a buffer given to <see cref="Rent(Span{byte})"/> that hold the lease's own state (plus up to 7 for alignment).</summary>
    public static int StackBufferOverhead => sizeof(ArenaStackState);

    private ArenaLease(ArenaStackState* stack)
    {
        _arena = null;
        _token = 0;
        _mark = (byte*)stack;
    }

    private ArenaStackState* Stack => (ArenaStackState*)_mark;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void* StackAllocUninitialized(nuint size, nuint alignment)
    {
        byte* start = TryStackBump(Stack, size, alignment);
        return start != null ? start : AllocInArena(size, alignment);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void* StackAlloc(nuint size, nuint alignment)
    {
        void* pointer = StackAllocUninitialized(size, alignment);
        NativeMemory.Clear(pointer, size);
        return pointer;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte* TryStackBump(ArenaStackState* stack, nuint size, nuint alignment)
    {
        Debug.Assert(((nuint)stack->Cursor & (Arena.Granule - 1)) == 0, "the buffer's cursor stays granule-aligned");
        return Arena.Bump(ref stack->Cursor, stack->End, size, alignment);
    }

    private bool StackTryAlloc(nuint size, nuint alignment, out void* pointer)
    {
        byte* start = TryStackBump(Stack, size, alignment);
        if (start != null)
        {
            NativeMemory.Clear(start, size);
            pointer = start;
            return true;
        }
        Arena arena = OverflowArena(out long token, out bool rented);
        if (arena.TryAllocCore(size, alignment, token, out pointer)) return true;
        if (rented) ReleaseOverflow();
        return false;
    }

    private Span<T> StackCopy<T>(ReadOnlySpan<T> source) where T : unmanaged
    {
        if (source.IsEmpty) return default;
        Span<T> copy = new(StackAllocUninitialized(Arena.ByteCount<T>(source.Length), Arena.AlignmentOf<T>()), source.Length);
        source.CopyTo(copy);
        return copy;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte* StackUtf8(ReadOnlySpan<char> value)
    {
        byte* start = TryStackUtf8(Stack, value);
        return start != null ? start : Utf8InArena(value);
    }

    private char* StackUtf16(ReadOnlySpan<char> value) =>
        CopyUtf16((char*)StackAllocUninitialized(((nuint)(uint)value.Length + 1) * sizeof(char), sizeof(char)), value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte* TryStackUtf8(ArenaStackState* stack, ReadOnlySpan<char> value) => Arena.Utf8(ref stack->Cursor, stack->End, value);

    private static char* CopyUtf16(char* start, ReadOnlySpan<char> value)
    {
        value.CopyTo(new Span<char>(start, value.Length));
        start[value.Length] = '\0';
        return start;
    }

    // String arrays keep the all-or-nothing contract: wholly in the buffer, or (from where the buffer stood) wholly in the
    // arena. The buffer's cursor is copied to a local, where it stays in a register, and stored back only when all fit.

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // utf16 is a constant at both callers
    private void** StackStringArray(ReadOnlySpan<string?> values, bool utf16)
    {
        if (values.IsEmpty) return null;
        ArenaStackState* stack = Stack;
        byte* cursor = stack->Cursor;
        byte* end = stack->End;
        var array = (void**)Arena.Bump(ref cursor, end, (nuint)(uint)values.Length * (nuint)sizeof(void*), (nuint)sizeof(void*));
        if (array == null) return StringArrayInArena(values, utf16);
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] is not string value) array[i] = null;
            else if ((array[i] = utf16 ? TryUtf16At(ref cursor, end, value) : Arena.Utf8(ref cursor, end, value)) == null) return StringArrayInArena(values, utf16);
        }
        stack->Cursor = cursor;
        return array;
    }

    /// <summary>The UTF-16 twin of <see cref="Arena.Utf8(ref byte*, byte*, ReadOnlySpan{char})"/>: a NUL-terminated copy at the cursor, or null when it does not fit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char* TryUtf16At(ref byte* cursor, byte* end, ReadOnlySpan<char> value)
    {
        var start = (char*)Arena.Bump(ref cursor, end, ((nuint)(uint)value.Length + 1) * sizeof(char), sizeof(char));
        return start == null ? null : CopyUtf16(start, value);
    }

    /// <summary>A string array that does not fit in the buffer: wholly in the arena (the buffer's cursor was not moved).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void** StringArrayInArena(ReadOnlySpan<string?> values, bool utf16)
    {
        Arena arena = OverflowArena(out long token, out bool rented);
        try
        {
            return utf16 ? (void**)arena.Utf16ArrayCore(values, token) : (void**)arena.Utf8ArrayCore(values, token);
        }
        catch
        {
            if (rented) ReleaseOverflow();
            throw;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void* AllocInArena(nuint size, nuint alignment)
    {
        Arena arena = OverflowArena(out long token, out bool rented);
        try
        {
            return arena.AllocUninitializedCore(size, alignment, token);
        }
        catch
        {
            if (rented) ReleaseOverflow();
            throw;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private byte* Utf8InArena(ReadOnlySpan<char> value)
    {
        Arena arena = OverflowArena(out long token, out bool rented);
        try
        {
            return arena.Utf8Core(value, token);
        }
        catch
        {
            if (rented) ReleaseOverflow();
            throw;
        }
    }

    /// <summary>The thread's arena and the token of this lease's scope of it, rented now if it was not yet (<paramref name="rented"/>).</summary>
    private Arena OverflowArena(out long token, out bool rented)
    {
        ArenaStackState* stack = Stack;
        if (stack->End == null) throw new ObjectDisposedException(nameof(ArenaLease), "The lease was disposed.");
        Arena arena = Arena.ForCurrentThread;
        rented = stack->Token == 0;
        if (rented)
        {
            ArenaLease scope = arena.OpenScope();
            stack->Token = scope._token;
            stack->Mark = scope._mark;
        }
        token = stack->Token;
        return arena;
    }

    /// <summary>Closes the arena scope of what did not fit (at the end, or just rented for an allocation that then failed).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReleaseOverflow()
    {
        ArenaStackState* stack = Stack;
        Arena.ForCurrentThread.CloseScope(stack->Token, stack->Mark);
        stack->Token = 0;
        stack->Mark = null;
    }

    // Out of line so that Dispose stays small enough for the JIT to clone the finally of `using` inline.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void CloseStack()
    {
        ArenaStackState* stack = Stack;
        if (stack->Token != 0) ReleaseOverflow();
        stack->End = null;
    }

    [DoesNotReturn]
    private static void ThrowBufferTooSmall(int length) =>
        throw new ArgumentException($"A lease's stack buffer needs at least {sizeof(ArenaStackState) + (int)Arena.Granule - 1} bytes (its state and alignment); this one has {length}.", "buffer");
}
