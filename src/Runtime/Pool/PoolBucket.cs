using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;

namespace ParamArena;

/// <summary>
/// One size class's shared state: a lock-free stack of free-block batches (the global free list) and a
/// bump counter that carves never-used blocks from the bucket's part of the reservation.
/// </summary>
/// <remarks>
/// A free block's first 12 bytes hold the links (every block is at least 16 bytes): the next block of its
/// batch, the next batch (meaningful in a batch's first block) and the batch's block count. Blocks are named
/// by their offset from the bucket's start in 16-byte units plus one, so a name fits 32 bits and 0 means none.
/// The stack head packs that name with a 32-bit version that every successful push and pop increments, so a
/// pop that read a stale next-batch link fails its compare-and-swap instead of corrupting the list (ABA).
/// The layout pads the hot fields away from neighbouring objects so two buckets never share a cache line.
/// </remarks>
[StructLayout(LayoutKind.Explicit, Size = 192)]
internal unsafe struct PoolBucket
{
    private const int NextInBatch = 0;
    private const int NextBatch = 4;
    private const int BatchCount = 8;

    [FieldOffset(64)] private long _head;
    [FieldOffset(72)] private int _carved;
    [FieldOffset(80)] private byte* _start;
    [FieldOffset(88)] private int _classSize;
    [FieldOffset(92)] private int _blockCount;

    /// <summary>Sets the bucket to an empty free list over <paramref name="blockCount"/> blocks of <paramref name="classSize"/> bytes at <paramref name="start"/>.</summary>
    public void Initialize(byte* start, int classSize, int blockCount)
    {
        _start = start;
        _classSize = classSize;
        _blockCount = blockCount;
        _head = 0;
        _carved = 0;
    }

    /// <summary>The first byte of the bucket's blocks.</summary>
    public readonly byte* Start => _start;

    /// <summary>The block size in bytes.</summary>
    public readonly int ClassSize => _classSize;

    /// <summary>How many blocks the bucket's memory holds.</summary>
    public readonly int BlockCount => _blockCount;

    /// <summary>How many blocks have been carved so far (handed out at least once).</summary>
    public readonly int Carved => Volatile.Read(ref Unsafe.AsRef(in _carved));

    /// <summary>Links <paramref name="count"/> blocks into one batch and pushes it with a single compare-and-swap.</summary>
    public void PushBatch(nint* blocks, int count)
    {
        for (int i = 0; i < count - 1; i++)
        {
            *(uint*)((byte*)blocks[i] + NextInBatch) = NameOf((byte*)blocks[i + 1]);
        }

        *(uint*)((byte*)blocks[count - 1] + NextInBatch) = 0;
        PushChain((byte*)blocks[0], count);
    }

    /// <summary>Pushes an already linked chain of <paramref name="count"/> blocks starting at <paramref name="first"/>.</summary>
    public void PushChain(byte* first, int count)
    {
        *(int*)(first + BatchCount) = count;
        uint name = NameOf(first);
        var spinner = new SpinWait();
        while (true)
        {
            long old = Volatile.Read(ref _head);
            *(uint*)(first + NextBatch) = (uint)old;
            long replacement = (long)(((ulong)old & 0xFFFF_FFFF_0000_0000UL) + (1UL << 32)) | name;
            if (Interlocked.CompareExchange(ref _head, replacement, old) == old)
            {
                return;
            }

            spinner.SpinOnce(-1);
        }
    }

    /// <summary>Pops one batch, or returns <see langword="null"/> when the free list is empty.</summary>
    /// <param name="count">The batch's block count; its blocks are chained through <see cref="NextOf"/>.</param>
    public byte* TryPopBatch(out int count)
    {
        var spinner = new SpinWait();
        while (true)
        {
            long old = Volatile.Read(ref _head);
            uint top = (uint)old;
            if (top == 0)
            {
                count = 0;
                return null;
            }

            byte* first = BlockOf(top);
            // Another thread may pop this batch and overwrite the link before our CAS: then the version in
            // the head has changed and the CAS fails, so a garbage link read here is never installed.
            uint nextBatch = Volatile.Read(ref *(uint*)(first + NextBatch));
            long replacement = (long)(((ulong)old & 0xFFFF_FFFF_0000_0000UL) + (1UL << 32)) | nextBatch;
            if (Interlocked.CompareExchange(ref _head, replacement, old) == old)
            {
                count = *(int*)(first + BatchCount);
                return first;
            }

            spinner.SpinOnce(-1);
        }
    }

    /// <summary>The block after <paramref name="block"/> in its batch, or <see langword="null"/> at the end.</summary>
    public readonly byte* NextOf(byte* block)
    {
        uint next = *(uint*)(block + NextInBatch);
        return next == 0 ? null : BlockOf(next);
    }

    /// <summary>Reserves up to <paramref name="want"/> never-used blocks; returns how many, starting at block index <paramref name="firstIndex"/>.</summary>
    public int Carve(int want, out int firstIndex)
    {
        while (true)
        {
            int carved = Volatile.Read(ref _carved);
            int take = System.Math.Min(want, _blockCount - carved);
            if (take <= 0)
            {
                firstIndex = 0;
                return 0;
            }

            if (Interlocked.CompareExchange(ref _carved, carved + take, carved) == carved)
            {
                firstIndex = carved;
                return take;
            }
        }
    }

    /// <summary>Counts the blocks on the free list. Only meaningful while no other thread uses the bucket (tests and diagnostics).</summary>
    public readonly long CountFree()
    {
        long total = 0;
        uint batch = (uint)Volatile.Read(ref Unsafe.AsRef(in _head));
        for (int guard = 0; batch != 0 && guard <= _blockCount; guard++)
        {
            byte* first = BlockOf(batch);
            total += *(int*)(first + BatchCount);
            batch = *(uint*)(first + NextBatch);
        }

        return total;
    }

    private readonly uint NameOf(byte* block) => (uint)((ulong)(block - _start) >> 4) + 1;

    private readonly byte* BlockOf(uint name) => _start + ((nuint)(name - 1) << 4);
}
