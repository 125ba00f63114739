using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using Xunit;
using Xunit.Abstractions;

namespace ParamArena.Tests.Pool;

/// <summary>
/// Several threads do random allocate / free / realloc operations and hand blocks to each other to free.
/// Every block carries its owner's stamp at both ends, checked before every free and realloc, so a block
/// handed to two owners at once, or two blocks that overlap, is caught.
/// </summary>
/// <remarks>
/// A run lasts until it has done at least its minimum number of operations and for at least its time budget,
/// so a fast machine spends seconds on it rather than finishing a fixed count in a tenth of one, and a slow
/// one still does every operation: 3 s and 2 million operations (checked mode: 200,000) when <c>CI=true</c>,
/// 10 s and 10 million locally. <c>PARAMARENA_STRESS_OPS</c> sets an exact count with no time budget.
/// </remarks>
public sealed unsafe class NativePoolStressTests
{
    private const int Threads = 4;
    private const int MaxLivePerThread = 512;

    private readonly ITestOutputHelper _output;

    public NativePoolStressTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void RandomOperationsOnSeveralThreads_NeverHandABlockToTwoOwners()
    {
        Run(Budget(checks: false), checks: false);
    }

    [Fact]
    public void RandomOperationsOnSeveralThreads_InCheckedMode()
    {
        Run(Budget(checks: true), checks: true);
    }

    private static (long MinimumOperations, TimeSpan Duration) Budget(bool checks)
    {
        string? configured = Environment.GetEnvironmentVariable("PARAMARENA_STRESS_OPS");
        if (long.TryParse(configured, out long ops) && ops > 0)
        {
            return (ops, TimeSpan.Zero);
        }

        bool ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        long minimum = ci ? 2_000_000 : 10_000_000;
        // Checked mode takes the slow path on every call: a tenth of the operations in the same time.
        return (checks ? minimum / 10 : minimum, TimeSpan.FromSeconds(ci ? 3 : 10));
    }

    private void Run((long MinimumOperations, TimeSpan Duration) budget, bool checks)
    {
        // Small buckets so some run dry and fall back to large blocks; small caches so spills and refills are frequent.
        using var pool = new NativePool(new NativePoolOptions
        {
            BucketCount = 24,
            BucketBytes = 128 * 1024,
            SizeClasses = SizeClassScheme.Tiered,
            ThreadCacheBytesPerBucket = 1024,
            Checks = checks,
        });
        var inboxes = new ConcurrentQueue<Owned>[Threads];
        for (int i = 0; i < Threads; i++)
        {
            inboxes[i] = new ConcurrentQueue<Owned>();
        }

        var failures = new ConcurrentQueue<string>();
        var workers = new Thread[Threads];
        var states = new Worker[Threads];
        var clock = Stopwatch.StartNew();
        for (int t = 0; t < Threads; t++)
        {
            states[t] = new Worker(pool, t, inboxes, failures, budget.MinimumOperations / Threads, clock, budget.Duration);
            workers[t] = new Thread(states[t].Run) { Name = $"pool-stress-{t}" };
        }

        foreach (Thread worker in workers)
        {
            worker.Start();
        }

        foreach (Thread worker in workers)
        {
            worker.Join();
        }

        // Blocks handed over after their receiver finished are freed here, on yet another thread.
        foreach (ConcurrentQueue<Owned> inbox in inboxes)
        {
            while (inbox.TryDequeue(out Owned owned))
            {
                if (!owned.Verify())
                {
                    failures.Enqueue($"stamp of a handed-over block changed: {owned.Describe()}");
                }

                pool.Free((void*)owned.Block);
            }
        }

        long done = 0;
        foreach (Worker worker in states) done += worker.OperationsDone;
        _output.WriteLine($"{done:N0} operations on {Threads} threads in {clock.Elapsed.TotalSeconds:F1} s (checks: {checks})");

        Assert.Empty(failures);
        foreach (Worker worker in states) Assert.True(worker.OperationsDone >= budget.MinimumOperations / Threads, $"a worker stopped after {worker.OperationsDone} operations");
        NativePoolStats stats = pool.GetStats();
        Assert.Equal(0, stats.BucketBytesInUse);
        Assert.Equal(0, stats.LargeBlocks);
        Assert.True(stats.CacheHits > stats.CacheMisses);
    }

    /// <summary>A block and the stamp its current owner wrote at its first and last 8 bytes.</summary>
    private readonly struct Owned
    {
        public Owned(nint block, nuint usable, ulong stamp)
        {
            Block = block;
            Usable = usable;
            Stamp = stamp;
        }

        public nint Block { get; }

        public nuint Usable { get; }

        public ulong Stamp { get; }

        public void Write()
        {
            *(ulong*)Block = Stamp;
            *(ulong*)(Block + (nint)Usable - 8) = ~Stamp;
        }

        public bool Verify() => *(ulong*)Block == Stamp && *(ulong*)(Block + (nint)Usable - 8) == ~Stamp;

        public string Describe() =>
            $"block 0x{Block:X} usable {Usable} expected {Stamp:X} found {*(ulong*)Block:X}/{~*(ulong*)(Block + (nint)Usable - 8):X}";
    }

    private sealed class Worker
    {
        private readonly NativePool _pool;
        private readonly int _index;
        private readonly ConcurrentQueue<Owned>[] _inboxes;
        private readonly ConcurrentQueue<string> _failures;
        private readonly long _operations;
        private readonly Stopwatch _clock;
        private readonly TimeSpan _duration;
        private readonly List<Owned> _live = new();
        private readonly Random _random;
        private ulong _sequence;

        public Worker(NativePool pool, int index, ConcurrentQueue<Owned>[] inboxes, ConcurrentQueue<string> failures, long operations,
            Stopwatch clock, TimeSpan duration)
        {
            _clock = clock;
            _duration = duration;
            _pool = pool;
            _index = index;
            _inboxes = inboxes;
            _failures = failures;
            _operations = operations;
            _random = new Random(1234 + index);
        }

        public long OperationsDone { get; private set; }

        public void Run()
        {
            try
            {
                long op = 0;
                // Past the minimum count, the clock is read once every 4096 operations.
                for (; _failures.IsEmpty && (op < _operations || (_duration > TimeSpan.Zero && ((op & 4095) != 0 || _clock.Elapsed < _duration))); op++)
                {
                    if ((op & 15) == 0)
                    {
                        Adopt();
                    }

                    int pick = _random.Next(100);
                    if (_live.Count == 0 || (pick < 45 && _live.Count < MaxLivePerThread))
                    {
                        Allocate();
                    }
                    else if (pick < 80)
                    {
                        FreeOne();
                    }
                    else if (pick < 90)
                    {
                        ReallocOne();
                    }
                    else
                    {
                        HandOver();
                    }
                }

                OperationsDone = op;

                foreach (Owned owned in _live)
                {
                    Check(owned, "final free");
                    _pool.Free((void*)owned.Block);
                }

                _live.Clear();
            }
            catch (Exception e)
            {
                _failures.Enqueue($"thread {_index}: {e}");
            }
        }

        private nuint RandomSize()
        {
            int pick = _random.Next(100);
            return pick < 85 ? (nuint)_random.Next(0, 400) : pick < 97 ? (nuint)_random.Next(400, 5000) : (nuint)_random.Next(5000, 70_000);
        }

        private Owned Stamp(void* block, nuint requested)
        {
            nuint usable = _pool.Size(block);
            if (usable < requested || usable < 16)
            {
                _failures.Enqueue($"thread {_index}: block 0x{(nint)block:X} has {usable} usable bytes for a request of {requested}");
            }

            var owned = new Owned((nint)block, usable, ((ulong)_index << 56) | ++_sequence);
            owned.Write();
            return owned;
        }

        private void Allocate()
        {
            nuint size = RandomSize();
            nuint alignment = _random.Next(10) == 0 ? (nuint)64 : 16;
            void* block = _pool.Malloc(size, alignment);
            if ((nuint)block % alignment != 0)
            {
                _failures.Enqueue($"thread {_index}: misaligned block 0x{(nint)block:X} for alignment {alignment}");
            }

            _live.Add(Stamp(block, size));
        }

        private Owned TakeRandom()
        {
            int at = _random.Next(_live.Count);
            Owned owned = _live[at];
            _live[at] = _live[^1];
            _live.RemoveAt(_live.Count - 1);
            return owned;
        }

        private void FreeOne()
        {
            Owned owned = TakeRandom();
            Check(owned, "free");
            _pool.Free((void*)owned.Block);
        }

        private void ReallocOne()
        {
            Owned owned = TakeRandom();
            Check(owned, "realloc");
            nuint size = RandomSize();
            void* moved = _pool.Realloc((void*)owned.Block, size);
            if (size >= 8 && *(ulong*)moved != owned.Stamp)
            {
                _failures.Enqueue($"thread {_index}: realloc from 0x{owned.Block:X} to 0x{(nint)moved:X} lost the contents");
            }

            _live.Add(Stamp(moved, size));
        }

        private void HandOver()
        {
            Owned owned = TakeRandom();
            Check(owned, "hand-over");
            _inboxes[(_index + 1 + _random.Next(Threads - 1)) % Threads].Enqueue(owned);
        }

        private void Adopt()
        {
            while (_inboxes[_index].TryDequeue(out Owned owned))
            {
                Check(owned, "adopt");
                if (_live.Count < MaxLivePerThread && _random.Next(2) == 0)
                {
                    Owned mine = new(owned.Block, owned.Usable, ((ulong)_index << 56) | ++_sequence);
                    mine.Write();
                    _live.Add(mine);
                }
                else
                {
                    _pool.Free((void*)owned.Block);
                }
            }
        }

        private void Check(Owned owned, string operation)
        {
            if (!owned.Verify())
            {
                _failures.Enqueue($"thread {_index} before {operation}: another owner wrote into {owned.Describe()}");
            }
        }
    }
}
