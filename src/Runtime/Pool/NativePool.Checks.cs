using System;
using System.Runtime.InteropServices;
using System.Threading;

namespace ParamArena;

public sealed unsafe partial class NativePool
{
    // Checked mode keeps one state per block: never handed out, live, or freed.
    private const int NeverAllocated = 0;
    private const int Live = 1;
    private const int Freed = 2;

    private readonly int* _blockStates;
    private readonly long[] _blockStateOffsets = Array.Empty<long>();

    private int* AllocateBlockStates(out long[] offsets)
    {
        offsets = new long[_buckets.Length];
        long total = 0;
        for (int i = 0; i < _buckets.Length; i++)
        {
            offsets[i] = total;
            total += _buckets[i].BlockCount;
        }

        return (int*)NativeMemory.AllocZeroed((nuint)total, sizeof(int));
    }

    private int* StateOf(int bucket, void* block, string operation)
    {
        ref PoolBucket shared = ref _buckets[bucket];
        nuint offset = (nuint)((byte*)block - shared.Start);
        nuint index = offset / (nuint)shared.ClassSize;
        if (offset % (nuint)shared.ClassSize != 0 || index >= (nuint)shared.BlockCount)
        {
            throw NotALiveBlock(block, $"{operation}: it points into bucket {bucket} but not at the start of one of its blocks");
        }

        return _blockStates + _blockStateOffsets[bucket] + (nint)index;
    }

    private void MarkAllocated(int bucket, void* block)
    {
        int previous = Interlocked.Exchange(ref *StateOf(bucket, block, "allocate"), Live);
        if (previous == Live)
        {
            throw new InvalidOperationException($"Pool corruption: block 0x{(nuint)block:X} of bucket {bucket} was handed out while still live.");
        }
    }

    private void MarkFreed(int bucket, void* block)
    {
        int previous = Interlocked.CompareExchange(ref *StateOf(bucket, block, "free"), Freed, Live);
        if (previous == Freed)
        {
            throw NotALiveBlock(block, $"double free of a block of bucket {bucket}");
        }

        if (previous == NeverAllocated)
        {
            throw NotALiveBlock(block, $"the pool never handed out this block of bucket {bucket}");
        }
    }

    private void ValidateLive(int bucket, void* block)
    {
        int state = Volatile.Read(ref *StateOf(bucket, block, "use"));
        if (state != Live)
        {
            throw NotALiveBlock(block, state == Freed ? $"use after free of a block of bucket {bucket}" : $"the pool never handed out this block of bucket {bucket}");
        }
    }
}
