using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ParamArena;

/// <summary>
/// A thread-safe size-class pool for native buffers that outlive a call (staging buffers kept across frames,
/// buffers native code borrows and returns). Each bucket serves one block size from its own stretch of one
/// contiguous reservation, so <see cref="Free"/> finds a block's bucket by address arithmetic, without a
/// per-block header. Every thread allocates and frees through its own cache in front of each bucket's
/// lock-free global free list. Requests larger than the largest class come from <see cref="NativeMemory"/>.
/// </summary>
/// <remarks>
/// Every member may be called from any thread, and a block may be freed on a thread other than the one that
/// allocated it. <see cref="Dispose"/> must not race with other calls on the same pool. A pool that is
/// never disposed keeps its memory for the life of the process.
/// </remarks>
public sealed unsafe partial class NativePool : IDisposable
{
    /// <summary>The alignment every block has unless a larger one is asked for.</summary>
    public const int DefaultAlignment = 16;

    // Blocks of a bucket are aligned to their size's lowest set bit up to this (the bucket stride's alignment).
    private const int MaxBucketAlignment = 4096;

    private readonly byte* _base;
    private readonly nuint _reservedBytes;
    private readonly int _strideShift;
    private readonly PoolBucket[] _buckets;
    private readonly int[] _classSizes;
    private readonly ushort[] _bucketBySixteenths;
    private readonly nuint _largestClassSize;
    private readonly long _bucketBytes;
    private readonly int _defaultCacheBytes;
    private readonly bool _checked;
    private readonly bool _linearClasses;
    private bool _disposed;

    /// <summary>Creates a pool of <paramref name="bucketCount"/> linear 16-byte size classes with <paramref name="bucketBytes"/> bytes each.</summary>
    /// <param name="bucketCount">How many buckets: the largest block is <c>16 * bucketCount</c> bytes.</param>
    /// <param name="bucketBytes">The memory reserved for each bucket, at least the largest block.</param>
    public NativePool(int bucketCount, long bucketBytes)
        : this(new NativePoolOptions { BucketCount = bucketCount, BucketBytes = bucketBytes })
    {
    }

    /// <summary>Creates a pool from <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of its range (see <see cref="NativePoolOptions"/>).</exception>
    public NativePool(NativePoolOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        SizeClassTable table = SizeClassTable.Create(options.SizeClasses, options.BucketCount);
        if (options.BucketBytes < table.LargestClassSize || options.BucketBytes > MaxBucketBytes)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.BucketBytes,
                $"BucketBytes must be between the largest block size ({table.LargestClassSize}) and {MaxBucketBytes}.");
        }

        if (options.ThreadCacheBytesPerBucket < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ThreadCacheBytesPerBucket, "ThreadCacheBytesPerBucket must not be negative.");
        }

        _classSizes = table.ClassSizes;
        _bucketBySixteenths = table.BucketBySixteenths;
        _largestClassSize = (nuint)table.LargestClassSize;
        _bucketBytes = options.BucketBytes;
        _defaultCacheBytes = options.ThreadCacheBytesPerBucket;
        _checked = options.Checks ?? RuntimeChecks.EnabledByEnvironment;
        _linearClasses = options.SizeClasses == SizeClassScheme.Linear16;

        // A power-of-two stride turns "which bucket" into a shift; the unused tail of each stride is address
        // space only, never touched, so it costs no physical memory.
        ulong stride = Math.Max(MaxBucketAlignment, BitOperations.RoundUpToPowerOf2((ulong)options.BucketBytes));
        _strideShift = BitOperations.Log2(stride);
        ulong reserved = stride * (ulong)_classSizes.Length;
        if (reserved > MaxReservationBytes || reserved > nuint.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(options), reserved,
                "BucketCount times BucketBytes (rounded up to a power of two) exceeds the address space a pool may reserve.");
        }

        _reservedBytes = (nuint)reserved;
        _base = (byte*)NativeMemory.AlignedAlloc(_reservedBytes, MaxBucketAlignment);

        _buckets = new PoolBucket[_classSizes.Length];
        _retired = new CacheSlot[_classSizes.Length];
        for (int i = 0; i < _buckets.Length; i++)
        {
            _buckets[i].Initialize(_base + ((nuint)i << _strideShift), _classSizes[i], (int)(options.BucketBytes / _classSizes[i]));
        }

        if (_checked)
        {
            _blockStates = AllocateBlockStates(out _blockStateOffsets);
        }

        _cookie = (uint)Random.Shared.Next(1, int.MaxValue);
        (Slot, Generation) = NativePoolRegistry.Register(this);
        Name = options.Name ?? $"NativePool#{Generation}";
        NativePoolMetrics.EnsureCreated();
    }

    // The most address space one pool reserves (4096 buckets of 1 GiB would be 4 TiB).
    private const ulong MaxReservationBytes = 1UL << 40;

    /// <summary>The largest <see cref="NativePoolOptions.BucketBytes"/>: one GiB.</summary>
    public const long MaxBucketBytes = 1L << 30;

    /// <summary>The pool's name, the <c>pool</c> tag of its metrics.</summary>
    public string Name { get; }

    /// <summary>The number of buckets (size classes).</summary>
    public int BucketCount => _classSizes.Length;

    /// <summary>The memory reserved for each bucket, in bytes.</summary>
    public long BucketBytes => _bucketBytes;

    /// <summary>The largest block a bucket serves; larger requests become large blocks.</summary>
    public int LargestClassSize => (int)_largestClassSize;

    /// <summary>Whether checked mode is on: double frees and foreign pointers throw.</summary>
    public bool IsChecked => _checked;

    /// <summary>The registry slot: the index of this pool's cache in each thread's cache table.</summary>
    internal int Slot { get; }

    /// <summary>A number no other pool has had, paired with <see cref="Slot"/> in native callback contexts.</summary>
    internal int Generation { get; }

    /// <summary>The block size of bucket <paramref name="bucket"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bucket"/> is not a bucket index.</exception>
    public int ClassSize(int bucket)
    {
        if ((uint)bucket >= (uint)_classSizes.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(bucket), bucket, $"The pool has buckets 0 to {_classSizes.Length - 1}.");
        }

        return _classSizes[bucket];
    }

    /// <summary>
    /// Allocates at least <paramref name="size"/> bytes aligned to <paramref name="alignment"/>. A zero-byte
    /// request returns a valid block that must be freed like any other.
    /// </summary>
    /// <param name="size">The bytes needed.</param>
    /// <param name="alignment">A power of two; 16 unless given.</param>
    /// <returns>The block; never null.</returns>
    /// <exception cref="ObjectDisposedException">The pool was disposed.</exception>
    /// <exception cref="ArgumentException"><paramref name="alignment"/> is not a power of two.</exception>
    /// <exception cref="OutOfMemoryException">A large block could not be allocated.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void* Malloc(nuint size, nuint alignment = DefaultAlignment)
    {
        // The fast path: a cache hit on this thread's cache of this pool. Its Pool field is null when the
        // cache is retired, the pool disposed or checked, so one compare covers all of those.
        // Size 0 wraps around and takes the slow path, so linear classes need no table: bucket = (size - 1) / 16.
        ThreadCache? cache = t_recentCache;
        if (alignment == DefaultAlignment && size - 1 < _largestClassSize && cache is not null && cache.Pool == this)
        {
            nuint bucket = _linearClasses
                ? (size - 1) >> 4
                : Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_bucketBySixteenths), (nint)((size + 15) >> 4));
            CacheSlot* slot = cache.Slots + bucket;
            nint* top = slot->Top;
            if (top != slot->Bottom)
            {
                slot->Top = --top;
                slot->Hits++;
                return (void*)*top;
            }
        }

        return MallocSlow(size, alignment);
    }

    /// <summary>Returns a block to the pool. Null is ignored.</summary>
    /// <param name="pointer">A block from <see cref="Malloc"/> or <see cref="Realloc"/> of this pool, or null.</param>
    /// <exception cref="ObjectDisposedException">The pool was disposed.</exception>
    /// <exception cref="ArgumentException">
    /// In checked mode: the block was already freed, or the pool never handed it out. In any mode: the pointer
    /// lies outside the buckets and is not one of this pool's large blocks.
    /// </exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Free(void* pointer)
    {
        // The fast path: a block of a bucket going into this thread's cache, which has room.
        nuint offset = (nuint)pointer - (nuint)_base;
        ThreadCache? cache = t_recentCache;
        if (offset < _reservedBytes && cache is not null && cache.Pool == this)
        {
            CacheSlot* slot = cache.Slots + (offset >> _strideShift);
            nint* top = slot->Top;
            if (top != slot->Limit)
            {
                *top = (nint)pointer;
                slot->Top = top + 1;
                return;
            }
        }

        FreeSlow(pointer);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void FreeSlow(void* pointer)
    {
        if (_disposed)
        {
            ThrowDisposed();
        }

        nuint offset = (nuint)pointer - (nuint)_base;
        if (offset < _reservedBytes)
        {
            int bucket = (int)(offset >> _strideShift);
            if (_checked)
            {
                MarkFreed(bucket, pointer);
            }

            ReturnToCache(bucket, pointer);
            return;
        }

        if (pointer != null)
        {
            FreeLarge(pointer);
        }
    }

    /// <summary>
    /// Resizes a block, keeping its first <c>min(old, new)</c> bytes. The block stays where it is when its
    /// bucket still fits the new size and alignment; otherwise a new block is allocated and the old one freed.
    /// A null <paramref name="pointer"/> behaves as <see cref="Malloc"/>.
    /// </summary>
    /// <param name="pointer">A live block of this pool, or null.</param>
    /// <param name="size">The new size in bytes.</param>
    /// <param name="alignment">A power of two; 16 unless given.</param>
    /// <returns>The block, moved or not.</returns>
    /// <exception cref="ObjectDisposedException">The pool was disposed.</exception>
    /// <exception cref="ArgumentException">The alignment is not a power of two, or (as for <see cref="Free"/>) the pointer is not a live block.</exception>
    public void* Realloc(void* pointer, nuint size, nuint alignment = DefaultAlignment)
    {
        if (_disposed)
        {
            ThrowDisposed();
        }

        if (pointer == null)
        {
            return Malloc(size, alignment);
        }

        ValidateAlignment(alignment);
        nuint usable = UsableSize(pointer, out int bucket);
        bool aligned = ((nuint)pointer & (alignment - 1)) == 0;
        // A large block shrunk into the bucket range moves, so it stops holding its large allocation.
        if (size <= usable && aligned && (bucket >= 0 || size > _largestClassSize))
        {
            return pointer;
        }

        void* moved = Malloc(size, alignment);
        nuint keep = Math.Min(usable, size);
        Buffer.MemoryCopy(pointer, moved, keep, keep);
        Free(pointer);
        return moved;
    }

    /// <summary>The usable bytes of a block (its class size, or a large block's requested size); 0 for null.</summary>
    /// <exception cref="ObjectDisposedException">The pool was disposed.</exception>
    /// <exception cref="ArgumentException">The pointer is not a live block (always checked for large blocks, for bucket blocks in checked mode).</exception>
    public nuint Size(void* pointer)
    {
        if (_disposed)
        {
            ThrowDisposed();
        }

        return pointer == null ? 0 : UsableSize(pointer, out _);
    }

    /// <summary>The index of the bucket a block belongs to, or -1 for a large block.</summary>
    /// <exception cref="ObjectDisposedException">The pool was disposed.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="pointer"/> is null.</exception>
    /// <exception cref="ArgumentException">The pointer is not a live block (as for <see cref="Size"/>).</exception>
    public int Bucket(void* pointer)
    {
        if (_disposed)
        {
            ThrowDisposed();
        }

        if (pointer == null)
        {
            throw new ArgumentNullException(nameof(pointer));
        }

        UsableSize(pointer, out int bucket);
        return bucket;
    }

    /// <summary>Releases all of the pool's memory, including blocks still in use and every thread's cache. Later calls throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            foreach (ThreadCache cache in _caches)
            {
                cache.Release();
            }

            _caches.Clear();
        }

        if (t_recentCache?.Owner == this)
        {
            t_recentCache = null;
        }

        FreeAllLargeBlocks();
        NativeMemory.AlignedFree(_base);
        if (_blockStates != null)
        {
            NativeMemory.Free(_blockStates);
        }

        NativePoolRegistry.Unregister(Slot);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void* MallocSlow(nuint size, nuint alignment)
    {
        if (_disposed)
        {
            ThrowDisposed();
        }

        ValidateAlignment(alignment);
        if (alignment <= DefaultAlignment)
        {
            // Every block is 16-byte aligned already.
            alignment = DefaultAlignment;
        }

        if (alignment <= MaxBucketAlignment && size <= _largestClassSize)
        {
            nuint rounded = (size + alignment - 1) & ~(alignment - 1);
            if (rounded <= _largestClassSize)
            {
                // The first class that holds the size and is a multiple of the alignment gives aligned blocks,
                // because every bucket starts on a 4 KiB boundary.
                int bucket = _bucketBySixteenths[(int)((rounded + 15) >> 4)];
                while (bucket < _classSizes.Length && ((nuint)_classSizes[bucket] & (alignment - 1)) != 0)
                {
                    bucket++;
                }

                if (bucket < _classSizes.Length)
                {
                    void* block = AllocateFromBucket(bucket);
                    return block != null ? block : AllocateLarge((nuint)_classSizes[bucket], alignment);
                }
            }
        }

        return AllocateLarge(size, alignment);
    }

    private nuint UsableSize(void* pointer, out int bucket)
    {
        nuint offset = (nuint)pointer - (nuint)_base;
        if (offset < _reservedBytes)
        {
            bucket = (int)(offset >> _strideShift);
            if (_checked)
            {
                ValidateLive(bucket, pointer);
            }

            return (nuint)_classSizes[bucket];
        }

        bucket = -1;
        return LargeBlockSize(pointer);
    }

    private static void ValidateAlignment(nuint alignment)
    {
        if (alignment == 0 || (alignment & (alignment - 1)) != 0)
        {
            throw new ArgumentException($"The alignment must be a power of two; {alignment} is not.", nameof(alignment));
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowDisposed() => throw new ObjectDisposedException(Name);
}
