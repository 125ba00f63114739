using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Utf8Transcoder = System.Text.Unicode.Utf8;

namespace ParamArena;

/// <summary>
/// A paged bump allocator over native memory, owned by one thread at a time. Allocation is a pointer
/// bump in the current page; when a page runs out the arena moves to the next one (kept from earlier
/// use, or newly allocated). Memory is released by scope: an <see cref="ArenaLease"/> (nested leases
/// are nested scopes) or the persistent floor (<see cref="SetPersistentFloor"/>, <see cref="Reset"/>).
/// </summary>
/// <remarks>
/// An arena is not thread-safe: one thread uses it at a time. <see cref="ForCurrentThread"/> gives
/// each thread its own; when the thread ends the arena becomes unreachable and its finalizer frees
/// its native memory. Explicit arenas should be disposed.
/// </remarks>
public sealed unsafe partial class Arena : IDisposable
{
    /// <summary>The largest alignment an allocation may ask for.</summary>
    public const int MaxAlignment = 4096;

    private const int InitialFrameCount = ArenaTokenSlots.Count;

    /// <summary>The largest size the inlined bump handles; larger requests go out of line.</summary>
    private const nuint MaxInlineSize = int.MaxValue;

    // The thread's arena, kept alive by the GC thread static; the hot path reads it through a weak handle
    // in a non-GC thread static instead: on linux-x64 that is the TLS call plus one load, against three
    // dependent loads and a bounds check for a GC thread static.
    [ThreadStatic] private static Arena? t_current;
    [ThreadStatic] private static nint t_currentHandle;

    /// <summary>The weak handle in <see cref="t_currentHandle"/> when this is a thread's arena; 0 otherwise.</summary>
    private nint _threadHandle;

    private static ArenaOptions? s_threadArenaOptions;

    // Hot state, read by the inlined paths. In checked mode and after disposal _limit is null, so
    // every inlined allocation falls through to the out-of-line path that does the work.
    private byte* _cursor;
    private byte* _limit;
    private ArenaScopeFrame[] _frames;
    private ArenaTokenSlots _tokens;
    private int _depth;
    private int _syncedDepth;
    private int _fastFrameCount;
    private long _serial;
    private ArenaPage* _page;
    private ArenaLargeBlock* _large;
    private byte* _peakCursor;

    // Cold state, touched only out of line.
    private ArenaPage* _firstPage;
    private byte* _pageData;
    private byte* _pageEnd;
    private nuint _bytesBefore;
    private nuint _chainBytes;
    private int _pageCount;
    private nuint _largeBytes;
    private int _largeCount;
    private nuint _highWater;
    private long _pagesCreated;
    private long _nativeAllocations;
    private bool _disposed;
    private readonly bool _checks;
    private readonly nuint _maxSize;
    private readonly nuint _maxPageSize;
    private readonly nuint _largeThreshold;
    private readonly nuint _maxRetained;
    private readonly List<CheckedAllocation>? _checked;

    /// <summary>Creates an arena and its first page.</summary>
    /// <param name="options">Sizes and limits; null for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public Arena(ArenaOptions? options = null)
    {
        Options = options ?? new ArenaOptions();
        Options.Validate();
        _checks = Options.Checks;
        _maxSize = Options.MaxSize is long maxSize ? (nuint)maxSize : nuint.MaxValue;
        _maxPageSize = (nuint)Math.Max(Options.MaxPageSize, Options.FirstPageSize);
        _largeThreshold = (nuint)Options.LargeBlockThreshold;
        _maxRetained = (nuint)Math.Min(Options.MaxRetainedBytes, (long)(nuint.MaxValue >> 1));
        _frames = new ArenaScopeFrame[InitialFrameCount];
        if (_checks) _checked = new List<CheckedAllocation>();

        ArenaPage* first = NewPage((nuint)Options.FirstPageSize, throwOnFailure: true);
        first->CapacityThrough = first->Size;
        _chainBytes = first->Size;
        _pageCount = 1;
        _firstPage = first;
        MakeCurrent(first, ArenaPage.DataOf(first));
        _frames[0] = StartPosition();
        _fastFrameCount = FastFrameCount();
        ArenaProcessTotals.ArenaCreated(this);
    }

    /// <summary>Frees the native memory of an arena nobody disposed (the arena of a thread that ended).</summary>
    ~Arena()
    {
        FreeEverything();
        // Only reachable once the owning thread has ended, so nothing can read the handle any more.
        if (_threadHandle != 0) GCHandle.FromIntPtr(_threadHandle).Free();
    }

    /// <summary>The options the arena was created with.</summary>
    public ArenaOptions Options { get; }

    /// <summary>True once <see cref="Dispose"/> ran.</summary>
    public bool IsDisposed => _disposed;

    /// <summary>How many leases of this arena are open (the scope depth).</summary>
    public int OpenLeases => _depth;

    /// <summary>How many times this arena called the native allocator (pages and large blocks); flat in a steady state.</summary>
    internal long NativeAllocationCount => _nativeAllocations;

    /// <summary>Whether checked mode is on for this arena (see <see cref="ArenaOptions.Checks"/>).</summary>
    public bool ChecksEnabled => _checks;

    /// <summary>The calling thread's arena, the one <see cref="ArenaLease.Rent()"/> uses; created on first use with <see cref="ThreadArenaOptions"/>.</summary>
    public static Arena ForCurrentThread
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            nint handle = t_currentHandle;
            // The handle's target cannot be null here: t_current holds the same arena for this thread.
            return handle != 0 ? Unsafe.As<Arena>(GCHandle.FromIntPtr(handle).Target)! : CreateThreadArena();
        }
    }

    /// <summary>
    /// The options used for each thread's arena when it is created (arenas that exist keep theirs).
    /// Default: <c>new ArenaOptions()</c>.
    /// </summary>
    public static ArenaOptions ThreadArenaOptions
    {
        get => System.Threading.Volatile.Read(ref s_threadArenaOptions) ?? new ArenaOptions();
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            value.Validate();
            System.Threading.Volatile.Write(ref s_threadArenaOptions, value);
            s_threadArenasChecked = value.Checks;
        }
    }

    private static bool s_threadArenasChecked;

    /// <summary>
    /// Whether new thread arenas are created in checked mode. Staging that can bypass the arena (a stub's stack
    /// buffer) uses the arena instead when this is true, so canaries guard everything a stub stages. The
    /// environment variable's part is a JIT-time constant.
    /// </summary>
    internal static bool ThreadArenasChecked
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => RuntimeChecks.EnabledByEnvironment || s_threadArenasChecked;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Arena CreateThreadArena()
    {
        var arena = new Arena(ThreadArenaOptions);
        t_current = arena;
        arena._threadHandle = GCHandle.ToIntPtr(GCHandle.Alloc(arena, GCHandleType.Weak));
        t_currentHandle = arena._threadHandle;
        return arena;
    }

    /// <summary>Allocates <paramref name="size"/> zeroed bytes aligned to <paramref name="alignment"/>.</summary>
    /// <param name="size">Bytes to allocate; 0 gives a valid pointer that must not be read.</param>
    /// <param name="alignment">A power of two no larger than <see cref="MaxAlignment"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alignment"/> is not a power of two up to 4096.</exception>
    /// <exception cref="ArenaExhaustedException">The request would take the arena over <see cref="ArenaOptions.MaxSize"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void* Alloc(nuint size, nuint alignment) => AllocCore(size, alignment, 0);

    /// <summary>Allocates <paramref name="size"/> bytes aligned to <paramref name="alignment"/>, not cleared.</summary>
    /// <inheritdoc cref="Alloc(nuint, nuint)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void* AllocUninitialized(nuint size, nuint alignment) => AllocUninitializedCore(size, alignment, 0);

    /// <summary>
    /// Allocates <paramref name="size"/> zeroed bytes, or returns false (and a null pointer) when the
    /// request would take the arena over <see cref="ArenaOptions.MaxSize"/> or the native allocator
    /// has no memory. Invalid alignments still throw.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alignment"/> is not a power of two up to 4096.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryAlloc(nuint size, nuint alignment, out void* pointer) => TryAllocCore(size, alignment, 0, out pointer);

    /// <summary>Allocates <paramref name="count"/> zeroed elements of <paramref name="elementSize"/> bytes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> times <paramref name="elementSize"/> overflows, or the alignment is invalid.</exception>
    /// <exception cref="ArenaExhaustedException">The request would take the arena over <see cref="ArenaOptions.MaxSize"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void* AllocArray(nuint count, nuint elementSize, nuint alignment) => AllocCore(ArrayByteCount(count, elementSize), alignment, 0);

    /// <summary>Allocates one zeroed <typeparamref name="T"/>, aligned to its alignment (at least pointer size).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T* Alloc<T>() where T : unmanaged => AllocCore<T>(0);

    /// <summary>Allocates one <typeparamref name="T"/>, not cleared.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T* AllocUninitialized<T>() where T : unmanaged => (T*)AllocUninitializedCore((nuint)sizeof(T), AlignmentOf<T>(), 0);

    /// <summary>Allocates <paramref name="count"/> zeroed elements.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T* Alloc<T>(int count) where T : unmanaged => (T*)AllocCore(ByteCount<T>(count), AlignmentOf<T>(), 0);

    /// <summary>Allocates <paramref name="count"/> elements, not cleared.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T* AllocUninitialized<T>(int count) where T : unmanaged => (T*)AllocUninitializedCore(ByteCount<T>(count), AlignmentOf<T>(), 0);

    /// <summary>Allocates <paramref name="count"/> zeroed elements as a span.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<T> AllocSpan<T>(int count) where T : unmanaged => new(AllocCore(ByteCount<T>(count), AlignmentOf<T>(), 0), count);

    /// <summary>Allocates <paramref name="count"/> elements as a span, not cleared.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<T> AllocSpanUninitialized<T>(int count) where T : unmanaged => new(AllocUninitializedCore(ByteCount<T>(count), AlignmentOf<T>(), 0), count);

    /// <summary>Copies <paramref name="source"/> into the arena; an empty source gives an empty span and allocates nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<T> Copy<T>(ReadOnlySpan<T> source) where T : unmanaged => CopyCore(source, 0);

    /// <summary>Encodes <paramref name="value"/> as NUL-terminated UTF-8 (invalid UTF-16 becomes U+FFFD); null for null.</summary>
    public byte* Utf8(string? value) => value is null ? null : Utf8Core(value, 0);

    /// <summary>Copies <paramref name="value"/> as NUL-terminated UTF-16; null for null.</summary>
    public char* Utf16(string? value) => value is null ? null : Utf16Core(value, 0);

    /// <summary>
    /// An array of pointers to NUL-terminated UTF-8 strings; null entries stay null. An empty span (a null
    /// array converts to one) gives null and allocates nothing, as pinning an empty array does. All or
    /// nothing: on failure the arena is as before. <see cref="ArenaLease.Utf8Array"/> and
    /// <see cref="ArenaStaging.Utf8Array"/> have this same contract.
    /// </summary>
    /// <exception cref="ArenaExhaustedException">The strings would take the arena over <see cref="ArenaOptions.MaxSize"/> (nothing stays allocated).</exception>
    public byte** Utf8Array(ReadOnlySpan<string?> values) => Utf8ArrayCore(values, 0);

    /// <summary>
    /// An array of pointers to NUL-terminated UTF-16 strings; null entries stay null. An empty span gives
    /// null and allocates nothing. All or nothing: on failure the arena is as before. Same contract as
    /// <see cref="ArenaLease.Utf16Array"/> and <see cref="ArenaStaging.Utf16Array"/>.
    /// </summary>
    /// <exception cref="ArenaExhaustedException">The strings would take the arena over <see cref="ArenaOptions.MaxSize"/> (nothing stays allocated).</exception>
    public char** Utf16Array(ReadOnlySpan<string?> values) => Utf16ArrayCore(values, 0);

    // The Core methods take the token of the lease that allocates (0 when called on the arena itself);
    // only checked mode looks at it, out of line.

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void* AllocUninitializedCore(nuint size, nuint alignment, long token) =>
        TryBump(size, alignment, out byte* start) ? start : AllocSlow(size, alignment, token, tryOnly: false);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void* AllocCore(nuint size, nuint alignment, long token)
    {
        void* pointer = AllocUninitializedCore(size, alignment, token);
        NativeMemory.Clear(pointer, size);
        return pointer;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal T* AllocCore<T>(long token) where T : unmanaged
    {
        T* pointer = (T*)AllocUninitializedCore((nuint)sizeof(T), AlignmentOf<T>(), token);
        *pointer = default;
        return pointer;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryAllocCore(nuint size, nuint alignment, long token, out void* pointer)
    {
        if (!TryBump(size, alignment, out byte* start))
        {
            start = (byte*)AllocSlow(size, alignment, token, tryOnly: true);
            if (start == null)
            {
                pointer = null;
                return false;
            }
        }
        NativeMemory.Clear(start, size);
        pointer = start;
        return true;
    }

    /// <summary>
    /// The arena's inlined bump: the start of <paramref name="size"/> bytes at <paramref name="alignment"/> in the current
    /// page, or false for anything else (a bad alignment, a size over 2 GiB, no room), which the caller hands to its
    /// out-of-line path. Always false in checked mode and after disposal: there <c>_limit</c> is null.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryBump(nuint size, nuint alignment, out byte* start)
    {
        AssertHotState();
        start = Bump(ref _cursor, _limit, size, alignment);
        return start != null;
    }

    /// <summary>
    /// The one bump, for the arena's pages and stack leases' buffers alike: moves <paramref name="cursor"/> past
    /// <paramref name="size"/> bytes at <paramref name="alignment"/> and returns their start, or returns null and moves
    /// nothing when they do not fit below <paramref name="limit"/> (always, for a null limit), the alignment is not a
    /// power of two up to <see cref="MaxAlignment"/> or the size is over 2 GiB.
    /// </summary>
    /// <remarks>
    /// Every block takes a multiple of <see cref="Granule"/> bytes, so a granule-aligned cursor stays so and alignments up
    /// to the granule (every typed allocation but over-aligned types) cost no arithmetic on the cursor: the chain from one
    /// bump's store of the cursor to the next bump's store is one load and one add. Sizes up to 2 GiB cannot wrap a
    /// user-space address, so one limit compare suffices (and for a constant size the size tests fold away).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static byte* Bump(ref byte* cursor, byte* limit, nuint size, nuint alignment)
    {
        nuint mask = alignment - 1;
        if (mask < MaxAlignment && (alignment & mask) == 0 && size <= MaxInlineSize)
        {
            byte* at = cursor;
            if (alignment > Granule) at = (byte*)(((nuint)at + mask) & ~mask);
            byte* end = at + RoundUpToGranule(size);
            if (end <= limit)
            {
                cursor = end;
                return at;
            }
        }
        return null;
    }

    /// <summary>
    /// The one UTF-8 fast path, for pages and stack buffers alike: encodes <paramref name="value"/> NUL-terminated at
    /// <paramref name="cursor"/> in one pass into the room below <paramref name="limit"/> and moves the cursor past it,
    /// or returns null and moves nothing when it does not fit (always, for a null limit). No worst case is reserved,
    /// so a string fits whenever its exact bytes do.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static byte* Utf8(ref byte* cursor, byte* limit, ReadOnlySpan<char> value)
    {
        // UTF-8 takes at least a byte per UTF-16 unit, plus the NUL; the room is negative for a null limit.
        nint room = (nint)(limit - cursor);
        if (value.Length >= room) return null;
        byte* start = cursor;
        int capacity = room - 1 > int.MaxValue ? int.MaxValue : (int)(room - 1);
        if (Utf8Transcoder.FromUtf16(value, new Span<byte>(start, capacity), out _, out int written) != System.Buffers.OperationStatus.Done) return null;
        start[written] = 0;
        cursor = start + RoundUpToGranule((nuint)(uint)written + 1);
        return start;
    }

    /// <summary>Unchecked allocations are rounded up to this many bytes (pointer alignment on 64-bit); see <see cref="Bump"/>.</summary>
    internal const nuint Granule = 8;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static nuint RoundUpToGranule(nuint size) => (size + (Granule - 1)) & ~(Granule - 1);

    /// <summary>
    /// The invariants the inlined paths rely on, checked in Debug builds at the entry of the fast and slow paths.
    /// </summary>
    [Conditional("DEBUG")]
    private void AssertHotState()
    {
        // A null limit is what sends every inlined allocation out of line: checked mode needs the canaries, a
        // disposed arena the exception. Otherwise the limit is the page end, and the page end is granule-aligned.
        Debug.Assert(_limit == (_checks || _disposed ? null : _pageEnd), "_limit is the page end; null in checked mode and after dispose");
        // Likewise a zero fast-frame count sends every rent out of line.
        Debug.Assert(_fastFrameCount == 0 || !(_checks || _disposed), "no inlined rent in checked mode or after dispose");
        if (_disposed) return;
        Debug.Assert(((nuint)_pageEnd & (Granule - 1)) == 0, "the page end is granule-aligned");
        Debug.Assert(_cursor >= _pageData && _cursor <= _pageEnd, "the cursor is inside the current page");
        Debug.Assert(_checks || ((nuint)_cursor & (Granule - 1)) == 0, "unchecked, the cursor stays granule-aligned");
        Debug.Assert(_depth >= 0 && _syncedDepth <= _depth, "synced frames are open frames");
    }

    /// <summary>The alignment typed allocations use: the type's own, at least pointer size.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static nuint AlignmentOf<T>() where T : unmanaged
    {
        int natural = Unsafe.SizeOf<AlignmentProbe<T>>() - sizeof(T);
        return (nuint)(natural > sizeof(void*) ? natural : sizeof(void*));
    }

    /// <summary>Bytes for <paramref name="count"/> elements of <typeparamref name="T"/>, rejecting negative counts and (on 32-bit) overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static nuint ByteCount<T>(int count) where T : unmanaged
    {
        if (count < 0) ThrowNegativeCount(count);
        if (sizeof(nuint) == 4 && (ulong)(uint)count * (ulong)sizeof(T) > uint.MaxValue) ThrowOverflow((ulong)count, (ulong)sizeof(T));
        return (nuint)(uint)count * (nuint)sizeof(T);
    }

    /// <summary><paramref name="count"/> times <paramref name="elementSize"/>, rejecting overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static nuint ArrayByteCount(nuint count, nuint elementSize)
    {
        ulong high = Math.BigMul((ulong)count, (ulong)elementSize, out ulong low);
        if (high != 0 || low > nuint.MaxValue) ThrowOverflow(count, elementSize);
        return (nuint)low;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct AlignmentProbe<T> where T : unmanaged
    {
        public byte Padding;
        public T Value;
    }

    /// <summary>Frees every page and large block. Throws if a lease is still open. A second call does nothing.</summary>
    /// <exception cref="InvalidOperationException">A lease of this arena is still open.</exception>
    public void Dispose()
    {
        if (_disposed) return;
        if (_depth != 0)
            throw new InvalidOperationException($"The arena cannot be disposed while {_depth} lease(s) of it are open; dispose the leases first.");
        FreeEverything();
        if (t_current == this)
        {
            t_current = null;
            t_currentHandle = 0;
            GCHandle.FromIntPtr(_threadHandle).Free();
            _threadHandle = 0;
        }
        // A thread's arena disposed from another thread keeps its finalizer, which frees the handle once the owner ends.
        if (_threadHandle == 0) GC.SuppressFinalize(this);
    }

    private void FreeEverything()
    {
        if (_disposed) return;
        _disposed = true;
        ArenaPage* page = _firstPage;
        while (page != null)
        {
            ArenaPage* next = page->Next;
            ArenaProcessTotals.PageFreed(page->Size);
            NativeMemory.Free(page);
            page = next;
        }
        ArenaLargeBlock* block = _large;
        while (block != null)
        {
            ArenaLargeBlock* next = block->Next;
            ArenaProcessTotals.LargeBlockFreed(block->Size);
            NativeMemory.Free(block);
            block = next;
        }
        bool wasCreated = _firstPage != null;
        _firstPage = null;
        _page = null;
        _large = null;
        _pageData = null;
        _pageEnd = null;
        _chainBytes = 0;
        _pageCount = 0;
        _largeBytes = 0;
        _largeCount = 0;
        _bytesBefore = 0;
        // A non-null cursor with a null limit sends every inlined allocation out of line, where it throws.
        _cursor = (byte*)MaxAlignment;
        _peakCursor = null;
        _limit = null;
        _fastFrameCount = 0;
        _depth = 0;
        _syncedDepth = 0;
        if (_frames is not null) _frames[0] = default;
        if (wasCreated) ArenaProcessTotals.ArenaReleased();
    }

    private void ThrowIfDisposed()
    {
        if (_disposed) ThrowDisposed();
    }

    [DoesNotReturn]
    private static void ThrowDisposed() => throw new ObjectDisposedException(nameof(Arena));

    [DoesNotReturn]
    private static void ThrowNegativeCount(int count) =>
        throw new ArgumentOutOfRangeException(nameof(count), count, "The element count cannot be negative.");

    [DoesNotReturn]
    private static void ThrowOverflow(ulong count, ulong elementSize) =>
        throw new ArgumentOutOfRangeException(nameof(count), count, $"{count} elements of {elementSize} bytes overflow the address space.");
}
