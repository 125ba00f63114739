using System;
using System.Collections.Generic;
using System.Threading;

namespace ParamArena;

/// <summary>
/// The live pools, each in a small integer slot: the slot indexes a thread's cache table, and the slot with a
/// generation number is the context native callers hold, so a context outliving its pool is recognised.
/// </summary>
internal static class NativePoolRegistry
{
    private static readonly object Gate = new();
    private static NativePool?[] s_pools = new NativePool?[8];
    private static readonly Stack<int> FreeSlots = new();
    private static int s_nextSlot;
    private static int s_generation;

    /// <summary>Adds a pool; returns its slot and a generation number that no earlier pool in that slot had.</summary>
    public static (int Slot, int Generation) Register(NativePool pool)
    {
        lock (Gate)
        {
            int slot = FreeSlots.Count > 0 ? FreeSlots.Pop() : s_nextSlot++;
            if (slot >= s_pools.Length)
            {
                var grown = new NativePool?[s_pools.Length * 2];
                Array.Copy(s_pools, grown, s_pools.Length);
                Volatile.Write(ref s_pools, grown);
            }

            Volatile.Write(ref s_pools[slot], pool);
            return (slot, ++s_generation);
        }
    }

    /// <summary>Frees a disposed pool's slot for reuse.</summary>
    public static void Unregister(int slot)
    {
        lock (Gate)
        {
            Volatile.Write(ref s_pools[slot], null);
            FreeSlots.Push(slot);
        }
    }

    /// <summary>The live pool with this slot and generation, or <see langword="null"/>.</summary>
    public static NativePool? Find(int slot, int generation) => Find(slot, generation, matchGeneration: true);

    private static NativePool? Find(int slot, int generation, bool matchGeneration)
    {
        NativePool?[] pools = Volatile.Read(ref s_pools);
        if ((uint)slot >= (uint)pools.Length)
        {
            return null;
        }

        NativePool? pool = Volatile.Read(ref pools[slot]);
        return pool is not null && (!matchGeneration || pool.Generation == generation) ? pool : null;
    }

    /// <summary>As <see cref="Find(int, int)"/>, comparing only the low 16 bits of the generation (32-bit processes).</summary>
    public static NativePool? FindLowBits(int slot, int generationLowBits)
    {
        NativePool? pool = Find(slot, 0, matchGeneration: false);
        return pool is not null && (pool.Generation & 0xFFFF) == generationLowBits ? pool : null;
    }

    /// <summary>A snapshot of the live pools, for the metric callbacks.</summary>
    public static List<NativePool> Snapshot()
    {
        lock (Gate)
        {
            var pools = new List<NativePool>();
            foreach (NativePool? pool in s_pools)
            {
                if (pool is not null)
                {
                    pools.Add(pool);
                }
            }

            return pools;
        }
    }
}
