using System;
using System.Buffers;
using System.ComponentModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Utf8Transcoder = System.Text.Unicode.Utf8;

namespace ParamArena;

/// <summary>
/// Small building blocks the code generated for <see cref="ArenaMarshalAttribute"/> methods and
/// <see cref="ArenaStructAttribute"/> shapes calls. Public so generated code in any assembly can use them;
/// hand-written staging may use them too.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe partial class ArenaStaging
{
    /// <summary>Copies up to this many bytes are done inline, element by element.</summary>
    private const int SmallCopyBytes = 64;

    /// <summary>The alignment the arena gives <typeparamref name="T"/>: its natural alignment, at least pointer size.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <returns>A power of two; a JIT-time constant.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nuint AlignOf<T>() where T : unmanaged => Arena.AlignmentOf<T>();

    /// <summary>The larger of <paramref name="alignment"/> and <see cref="AlignOf{T}"/>: the alignment a block holding a <typeparamref name="T"/> needs.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="alignment">The alignment needed so far (a power of two).</param>
    /// <returns>A power of two; a JIT-time constant when <paramref name="alignment"/> is.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nuint MaxAlign<T>(nuint alignment) where T : unmanaged => AlignOf<T>() > alignment ? AlignOf<T>() : alignment;

    /// <summary>Allocates one uninitialized <typeparamref name="T"/> in <paramref name="lease"/>; the same as <see cref="ArenaLease.AllocUninitialized{T}()"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="lease">The lease that owns the memory.</param>
    /// <returns>The allocation.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [LeaseBound]
    public static T* AllocUninitialized<T>(scoped in ArenaLease lease) where T : unmanaged => lease.AllocUninitialized<T>();

    /// <summary>Allocates <paramref name="count"/> uninitialized elements in <paramref name="lease"/>; the same as <see cref="ArenaLease.AllocUninitialized{T}(int)"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="lease">The lease that owns the memory.</param>
    /// <param name="count">The number of elements.</param>
    /// <returns>The allocation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [LeaseBound]
    public static T* AllocUninitialized<T>(scoped in ArenaLease lease, int count) where T : unmanaged => lease.AllocUninitialized<T>(count);

    /// <summary>
    /// Where a stub stages a parameter's fixed-size native struct: <paramref name="stack"/>, the stub's own local, or a
    /// block of <paramref name="lease"/> when its arena is in checked mode, so that canaries guard what the callee writes.
    /// </summary>
    /// <typeparam name="T">The native struct.</typeparam>
    /// <param name="lease">The stub's lease.</param>
    /// <param name="stack">The address of the stub's local of type <typeparamref name="T"/>.</param>
    /// <returns>Where to stage the struct (not initialized).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [LeaseBound]
    public static T* Slot<T>(scoped in ArenaLease lease, T* stack) where T : unmanaged =>
        lease.ChecksEnabled ? lease.AllocUninitialized<T>() : stack;

    /// <summary>Stages <paramref name="value"/> and everything it points to in <paramref name="lease"/>; valid until the lease ends.</summary>
    /// <typeparam name="TShape">The shape.</typeparam>
    /// <typeparam name="TNative">Its native twin (<c>TShape.Native</c>).</typeparam>
    /// <param name="lease">The lease that owns the staged memory.</param>
    /// <param name="value">The shape to stage.</param>
    /// <returns>The staged native struct.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [LeaseBound]
    public static TNative* Stage<TShape, TNative>(scoped in ArenaLease lease, in TShape value)
        where TShape : struct, IArenaShape<TShape, TNative>
        where TNative : unmanaged
    {
        TNative* destination = AllocUninitialized<TNative>(lease);
        TShape.StageInto(lease, in value, destination);
        return destination;
    }

    /// <summary>Fills <paramref name="destination"/> with <paramref name="value"/>, staging what it points to in <paramref name="lease"/>.</summary>
    /// <typeparam name="TShape">The shape.</typeparam>
    /// <typeparam name="TNative">Its native twin (<c>TShape.Native</c>).</typeparam>
    /// <param name="lease">The lease that owns the staged memory.</param>
    /// <param name="value">The shape to stage.</param>
    /// <param name="destination">Where to write the native struct (every field is written).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StageInto<TShape, TNative>(scoped in ArenaLease lease, in TShape value, TNative* destination)
        where TShape : struct, IArenaShape<TShape, TNative>
        where TNative : unmanaged =>
        TShape.StageInto(lease, in value, destination);

    /// <summary>Stages a chain: its head into <paramref name="head"/>, then every link in <paramref name="lease"/>, each linked from the one before.</summary>
    /// <typeparam name="TChain">The chain (a head shape alone, or an <see cref="ArenaChain{THead, TRest, TLink}"/>).</typeparam>
    /// <typeparam name="THead">The head shape.</typeparam>
    /// <param name="lease">The lease that owns the staged memory.</param>
    /// <param name="value">The chain to stage.</param>
    /// <param name="head">The head's native struct (<c>THead.Native</c>; every field is written).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StageChain<TChain, THead>(scoped in ArenaLease lease, in TChain value, void* head)
        where TChain : struct, IArenaChain<TChain, THead>
        where THead : struct =>
        TChain.StageChain(lease, in value, head);

    /// <summary>Reads a chain staged by <see cref="StageChain{TChain, THead}"/> back into <paramref name="value"/>, head and every link, after a call filled it.</summary>
    /// <typeparam name="TChain">The chain.</typeparam>
    /// <typeparam name="THead">The head shape.</typeparam>
    /// <param name="head">The head's native struct.</param>
    /// <param name="value">The chain to overwrite.</param>
    /// <exception cref="InvalidOperationException">The native chain ends before the last link.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ReadChain<TChain, THead>(void* head, ref TChain value)
        where TChain : struct, IArenaChain<TChain, THead>
        where THead : struct =>
        TChain.ReadChain(head, ref value);

    /// <summary>Stages every item as a contiguous array of native structs in <paramref name="lease"/>.</summary>
    /// <typeparam name="TShape">The shape.</typeparam>
    /// <typeparam name="TNative">Its native twin (<c>TShape.Native</c>).</typeparam>
    /// <param name="lease">The lease that owns the staged memory.</param>
    /// <param name="items">The shapes to stage.</param>
    /// <returns>The staged array, or null when <paramref name="items"/> is empty.</returns>
    [LeaseBound]
    public static TNative* StageArray<TShape, TNative>(scoped in ArenaLease lease, ReadOnlySpan<TShape> items)
        where TShape : struct, IArenaShape<TShape, TNative>
        where TNative : unmanaged
    {
        if (items.IsEmpty) return null;
        TNative* destination = AllocUninitialized<TNative>(lease, items.Length);
        for (int i = 0; i < items.Length; i++) TShape.StageInto(lease, in items[i], destination + i);
        return destination;
    }

    /// <summary>Copies <paramref name="source"/> into <paramref name="lease"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="lease">The lease that owns the copy.</param>
    /// <param name="source">The elements; a null array converts to an empty span.</param>
    /// <returns>
    /// The copy, or null when <paramref name="source"/> is empty, with nothing allocated (as pinning an empty array
    /// gives null; <see cref="ArenaLease.Copy{T}(ReadOnlySpan{T})"/> gives an empty span and allocates nothing).
    /// </returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [LeaseBound]
    public static T* Copy<T>(scoped in ArenaLease lease, ReadOnlySpan<T> source) where T : unmanaged
    {
        if (source.IsEmpty) return null;
        T* destination = lease.AllocUninitialized<T>(source.Length);
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

    /// <summary>
    /// Stages an array of NUL-terminated UTF-8 strings; null entries stay null. The same contract as
    /// <see cref="ArenaLease.Utf8Array"/>: an empty span (a null array converts to one) gives null and allocates
    /// nothing; otherwise all or nothing (on failure the arena is as before).
    /// </summary>
    /// <param name="lease">The lease that owns the strings and the pointer array.</param>
    /// <param name="values">The strings; a null array converts to an empty span.</param>
    /// <returns>The pointer array, or null when <paramref name="values"/> is empty.</returns>
    /// <exception cref="ArenaExhaustedException">The strings would take the arena over <see cref="ArenaOptions.MaxSize"/>.</exception>
    [LeaseBound]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte** Utf8Array(scoped in ArenaLease lease, ReadOnlySpan<string> values) =>
        values.IsEmpty ? null : lease.Utf8Array(values); // the empty (absent) case costs no call

    /// <summary>
    /// Stages an array of NUL-terminated UTF-16 strings; null entries stay null. The same contract as
    /// <see cref="ArenaLease.Utf16Array"/>: an empty span gives null and allocates nothing; otherwise all or nothing.
    /// </summary>
    /// <param name="lease">The lease that owns the strings and the pointer array.</param>
    /// <param name="values">The strings; a null array converts to an empty span.</param>
    /// <returns>The pointer array, or null when <paramref name="values"/> is empty.</returns>
    /// <exception cref="ArenaExhaustedException">The strings would take the arena over <see cref="ArenaOptions.MaxSize"/>.</exception>
    [LeaseBound]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char** Utf16Array(scoped in ArenaLease lease, ReadOnlySpan<string> values) =>
        values.IsEmpty ? null : lease.Utf16Array(values);
#nullable restore

    /// <summary>
    /// Stages <paramref name="value"/> as NUL-terminated UTF-8 in <paramref name="buffer"/> when it fits there, and
    /// moves <paramref name="buffer"/> past it; otherwise in the arena, renting <paramref name="lease"/> first if it
    /// is <c>default</c>. With a stack buffer, a call whose strings all fit never rents the arena. Stubs whose only
    /// staged parameters are UTF-8 strings use it: the buffer stays in registers, which makes it cheaper than a lease
    /// over the same buffer (<see cref="ArenaLease.Rent(Span{byte})"/>), whose state lives in memory:
    /// <code>
    /// scoped ArenaLease lease = default; // scoped: passed beside a stack span
    /// Span&lt;byte&gt; buffer = stackalloc byte[256];
    /// try
    /// {
    ///     byte* name = ArenaStaging.Utf8(ref lease, ref buffer, fileName);
    ///     Native.Call(name);
    /// }
    /// finally
    /// {
    ///     lease.Dispose(); // nothing to do unless a string needed the arena
    /// }
    /// </code>
    /// </summary>
    /// <param name="lease">The call's lease: <c>default</c> until something needs the arena. The caller declares it <c>scoped</c> and disposes it.</param>
    /// <param name="buffer">
    /// Native or stack memory that lives until the native call returns, typically the stub's <c>stackalloc</c>;
    /// never a managed array (the result is a raw pointer into it). Several strings can share it.
    /// </param>
    /// <param name="value">The string; null gives null. Invalid UTF-16 becomes U+FFFD, as in <see cref="ArenaLease.Utf8"/>.</param>
    /// <returns>The string in <paramref name="buffer"/> or in the lease's arena, or null.</returns>
    /// <remarks>
    /// When thread arenas are in checked mode (<c>PARAMARENA_CHECKS=1</c>, or <see cref="Arena.ThreadArenaOptions"/>
    /// with <see cref="ArenaOptions.Checks"/>) every string goes to the arena, where canaries guard it.
    /// </remarks>
    /// <exception cref="ArenaExhaustedException">The string does not fit in the buffer and the arena is out of budget.</exception>
    [LeaseBound]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte* Utf8(scoped ref ArenaLease lease, scoped ref Span<byte> buffer, string? value) =>
        TryUtf8(ref buffer, value, out byte* staged) ? staged : Utf8InArena(ref lease, value!);

    /// <summary>
    /// Stages <paramref name="value"/> as NUL-terminated UTF-8 in <paramref name="buffer"/> and moves
    /// <paramref name="buffer"/> past it, when it fits there; otherwise leaves both unchanged and returns false, so a
    /// stub can give the string a larger stack buffer (<see cref="Utf8StackSize"/>) before
    /// <see cref="Utf8(ref ArenaLease, ref Span{byte}, string?)"/>.
    /// </summary>
    /// <param name="buffer">Native or stack memory that lives until the native call returns; never a managed array.</param>
    /// <param name="value">The string; null is staged as null.</param>
    /// <param name="staged">The string in <paramref name="buffer"/>, or null.</param>
    /// <returns>True when <paramref name="value"/> is null or fit; false in checked mode, where the arena's canaries guard every string.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryUtf8(scoped ref Span<byte> buffer, string? value, out byte* staged)
    {
        staged = null;
        if (value is null) return true;
        // A string of at least as many UTF-16 units as the buffer has bytes cannot fit (UTF-8 needs at least one byte per unit).
        if ((uint)value.Length < (uint)buffer.Length && !Arena.ThreadArenasChecked)
        {
            // One pass, as Arena.Utf8 does over a page, but on the span itself: no granules, nothing kept in memory.
            // The spans are made unchecked: the length test above leaves room for the NUL, and written fits before it.
            ref byte start = ref MemoryMarshal.GetReference(buffer);
            if (Utf8Transcoder.FromUtf16(value, MemoryMarshal.CreateSpan(ref start, buffer.Length - 1), out _, out int written) == OperationStatus.Done)
            {
                Debug.Assert(written < buffer.Length, "the NUL fits");
                Unsafe.Add(ref start, written) = 0;
                buffer = MemoryMarshal.CreateSpan(ref Unsafe.Add(ref start, written + 1), buffer.Length - written - 1);
                staged = (byte*)Unsafe.AsPointer(ref start);
                return true;
            }
        }
        return false;
    }

    /// <summary>The most stack a stub gives one string: a longer string is staged in the arena.</summary>
    public const int MaxStackBytes = 4096;

    /// <summary>
    /// The stack bytes <paramref name="value"/> takes as UTF-8 in the worst case (three bytes per UTF-16 unit, and the
    /// NUL), at most <see cref="MaxStackBytes"/>: the buffer a stub gives a string that
    /// <see cref="TryUtf8"/> could not fit.
    /// </summary>
    /// <param name="value">The string; null takes 0.</param>
    /// <returns>Between 0 and <see cref="MaxStackBytes"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Utf8StackSize(string? value) =>
        value is null ? 0 : (uint)value.Length < MaxStackBytes / 3 ? value.Length * 3 + 1 : MaxStackBytes;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static byte* Utf8InArena(scoped ref ArenaLease lease, string value)
    {
        if (lease.IsDefault) lease = ArenaLease.Rent();
        return lease.Utf8(value);
    }

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

    /// <summary>Throws when a function of a function table is called but its pointer was not loaded.</summary>
    /// <param name="function">The native function's name.</param>
    /// <param name="table">The table type's name.</param>
    [DoesNotReturn]
    public static void ThrowFunctionNotLoaded(string function, string table) =>
        throw new EntryPointNotFoundException($"{function} is not loaded in {table}: LoadFunctions was not called on this table, or its loader did not find the function.");

    /// <summary>Throws when a table's loader cannot find functions marked required.</summary>
    /// <param name="table">The table type's name.</param>
    /// <param name="functions">The missing functions, comma-separated.</param>
    [DoesNotReturn]
    public static void ThrowRequiredFunctionsMissing(string table, string functions) =>
        throw new EntryPointNotFoundException($"{table}.LoadFunctions: the loader did not find the required function(s) {functions}; nothing was loaded.");

    /// <summary>
    /// The buffer an enumeration fills after its count call: one item more than <paramref name="count"/>, so a second call
    /// that fills every slot shows the count grew in between.
    /// </summary>
    /// <param name="count">The count the function reported (a negative count reaches here as a huge value).</param>
    /// <param name="function">The native function, for the message.</param>
    /// <returns>The number of items to allocate.</returns>
    /// <exception cref="OverflowException">The count does not fit a buffer.</exception>
    public static int EnumerationCapacity(ulong count, string function) => count < int.MaxValue
        ? (int)count + 1
        : throw new OverflowException($"{function} reported {count} items, more than one buffer can hold.");

    /// <summary>Throws when a table declared for one loader type is loaded with a loader of another.</summary>
    /// <param name="table">The table type's name.</param>
    /// <param name="expected">The loader type the table declares.</param>
    /// <param name="given">The loader that was passed.</param>
    [DoesNotReturn]
    public static void ThrowLoaderMismatch(string table, Type expected, object? given) =>
        throw new ArgumentException($"{table} is loaded with {expected.Name} ([ArenaFunctionTable(Loader = typeof({expected.Name}))]), but LoadFunctions was given {given?.GetType().Name ?? "null"}; nothing was loaded.", "loader");

    /// <summary>Throws when staging a shape graph that refers to itself (or nests deeper than the stack allows).</summary>
    /// <param name="shape">The shape whose staging found the stack nearly exhausted.</param>
    [DoesNotReturn]
    public static void ThrowGraphTooDeep(Type shape) =>
        throw new ArgumentException($"The {shape.Name} graph being staged refers to itself (an array or optional shape leads back to an item being staged), or nests deeper than the stack allows; staging stopped before the stack overflowed.");
}
