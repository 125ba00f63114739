using System;
using System.Runtime.InteropServices;
using System.Threading;
using Xunit;

namespace ParamArena.Tests.Pool;

/// <summary>The bucket's lock-free global free list on its own: batches, carving, and no lost or duplicated block under contention.</summary>
public sealed unsafe class PoolBucketTests
{
    private const int ClassSize = 32;
    private const int BlockCount = 4096;

    [Fact]
    public void Carve_HandsOutEachBlockOnce_ThenReportsExhaustion()
    {
        byte* memory = (byte*)NativeMemory.AlignedAlloc(ClassSize * BlockCount, 4096);
        try
        {
            var bucket = new PoolBucket();
            bucket.Initialize(memory, ClassSize, BlockCount);
            Assert.Equal(100, bucket.Carve(100, out int first));
            Assert.Equal(0, first);
            Assert.Equal(BlockCount - 100, bucket.Carve(BlockCount, out first));
            Assert.Equal(100, first);
            Assert.Equal(0, bucket.Carve(1, out _));
            Assert.Equal(BlockCount, bucket.Carved);
        }
        finally
        {
            NativeMemory.AlignedFree(memory);
        }
    }

    [Fact]
    public void PushedBatches_PopLastInFirstOut_WithTheirBlocksChained()
    {
        byte* memory = (byte*)NativeMemory.AlignedAlloc(ClassSize * BlockCount, 4096);
        try
        {
            var bucket = new PoolBucket();
            bucket.Initialize(memory, ClassSize, BlockCount);
            nint* batch = stackalloc nint[3] { (nint)(memory + 5 * ClassSize), (nint)(memory + 9 * ClassSize), (nint)memory };
            bucket.PushBatch(batch, 3);
            nint* single = stackalloc nint[1] { (nint)(memory + 7 * ClassSize) };
            bucket.PushBatch(single, 1);
            Assert.Equal(4, bucket.CountFree());

            byte* top = bucket.TryPopBatch(out int count);
            Assert.Equal(1, count);
            Assert.True(top == memory + 7 * ClassSize);

            byte* next = bucket.TryPopBatch(out count);
            Assert.Equal(3, count);
            Assert.True(next == memory + 5 * ClassSize);
            next = bucket.NextOf(next);
            Assert.True(next == memory + 9 * ClassSize);
            next = bucket.NextOf(next);
            Assert.True(next == memory);
            Assert.True(bucket.NextOf(next) == null);
            Assert.True(bucket.TryPopBatch(out _) == null);
        }
        finally
        {
            NativeMemory.AlignedFree(memory);
        }
    }

    /// <summary>
    /// Threads pop batches, claim every block in a shared ownership table (a block claimed twice means the
    /// list handed it out twice, the ABA failure), release them and push them back in new batches. At the
    /// end every block is on the list exactly once. Few blocks in small batches make the same block return to
    /// the head often, which is when a list without the version tag breaks.
    /// </summary>
    [Fact]
    public void ConcurrentPushAndPop_NeverLosesOrDuplicatesABlock()
    {
        const int threads = 8;
        const int rounds = 150_000;
        const int listed = 64;
        byte* memory = (byte*)NativeMemory.AlignedAlloc(ClassSize * BlockCount, 4096);
        var owners = new int[BlockCount];
        PoolBucket* bucket = (PoolBucket*)NativeMemory.AlignedAlloc((nuint)sizeof(PoolBucket), 64);
        try
        {
            bucket->Initialize(memory, ClassSize, BlockCount);
            nint* initial = stackalloc nint[1];
            for (int i = 0; i < listed; i++)
            {
                initial[0] = (nint)(memory + i * ClassSize);
                bucket->PushBatch(initial, 1);
            }

            int duplicates = 0;
            var workers = new Thread[threads];
            for (int t = 0; t < threads; t++)
            {
                int owner = t + 1;
                workers[t] = new Thread(() =>
                {
                    var held = new nint[listed];
                    var random = new Random(owner);
                    for (int round = 0; round < rounds; round++)
                    {
                        int heldCount = 0;
                        int batches = 1 + random.Next(3);
                        for (int b = 0; b < batches; b++)
                        {
                            byte* block = bucket->TryPopBatch(out int count);
                            for (int i = 0; i < count && block != null && heldCount < held.Length; i++)
                            {
                                long index = (block - memory) / ClassSize;
                                if (Interlocked.Exchange(ref owners[index], owner) != 0)
                                {
                                    Interlocked.Increment(ref duplicates);
                                }

                                held[heldCount++] = (nint)block;
                                block = bucket->NextOf(block);
                            }
                        }

                        // Release in a different grouping than they came in, to reshape the batches.
                        int start = 0;
                        while (start < heldCount)
                        {
                            int size = Math.Min(heldCount - start, 1 + random.Next(2));
                            for (int i = start; i < start + size; i++)
                            {
                                owners[(((byte*)held[i]) - memory) / ClassSize] = 0;
                            }

                            fixed (nint* batch = &held[start])
                            {
                                bucket->PushBatch(batch, size);
                            }

                            start += size;
                        }
                    }
                });
            }

            foreach (Thread worker in workers)
            {
                worker.Start();
            }

            foreach (Thread worker in workers)
            {
                worker.Join();
            }

            Assert.Equal(0, duplicates);
            Assert.Equal(listed, bucket->CountFree());
        }
        finally
        {
            NativeMemory.AlignedFree(bucket);
            NativeMemory.AlignedFree(memory);
        }
    }
}
