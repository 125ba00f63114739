using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ParamArena;

// Checked mode: canaries after allocations, poison in released and fresh memory.
public sealed unsafe partial class Arena
{
    /// <summary>The byte written over released memory, so a use after release reads garbage that is easy to recognise.</summary>
    public const byte ReleasedPoison = 0xDD;

    /// <summary>The byte fresh pages and uninitialized allocations are filled with in checked mode.</summary>
    public const byte UninitializedPoison = 0xCD;

    /// <summary>Bytes of canary after each allocation in checked mode.</summary>
    internal const int CanarySize = 8;

    /// <summary>The canary's value; unlikely to be written by accident (not zero, not ASCII, not a small integer).</summary>
    internal const ulong CanaryValue = 0x5AA5_C33C_96E1_0FF0;

    /// <summary>Checked mode: rejects allocating through a lease that is not the innermost open one (token 0 is the arena itself).</summary>
    private void CheckAllocatingLease(long token)
    {
        if (token != 0 && (ArenaScopeToken.DepthOf(token) != _depth || (TokenAt(_depth) & ~ArenaScopeToken.FlagMask) != token))
        {
            throw new InvalidOperationException(IsOpen(token)
                ? "Allocation through a lease while a lease rented after it is still open: the memory would be released with the newer lease. Allocate through the innermost lease."
                : "Allocation through a lease that was already disposed.");
        }
    }

    /// <summary>Checked mode: poisons a new allocation, writes the canary after its exact end and records it for the scope's end.</summary>
    private void RecordCanary(byte* start, nuint size)
    {
        long offset = start >= _pageData && start < _pageEnd ? (long)(_bytesBefore + (nuint)(start - _pageData)) : -1;
        NativeMemory.Fill(start, size, UninitializedPoison);
        Unsafe.WriteUnaligned(start + size, CanaryValue);
        _checked!.Add(new CheckedAllocation(start, size, offset));
    }

    /// <summary>The first allocation recorded at or after <paramref name="fromIndex"/> whose canary is broken, as an exception; null if all are intact.</summary>
    private ArenaCorruptionException? FindCorruption(int fromIndex)
    {
        for (int i = fromIndex; i < _checked!.Count; i++)
        {
            CheckedAllocation allocation = _checked[i];
            if (Unsafe.ReadUnaligned<ulong>(allocation.Start + allocation.Size) != CanaryValue)
                return new ArenaCorruptionException((ulong)allocation.Size, allocation.Offset, (nint)allocation.Start);
        }
        return null;
    }

    /// <summary>Poisons the page memory used since <paramref name="frame"/> (large blocks are freed instead).</summary>
    private void PoisonAbove(in ArenaScopeFrame frame)
    {
        ArenaPage* page = frame.Page;
        byte* from = frame.Cursor;
        while (true)
        {
            byte* to = page == _page ? _cursor : page->UsedEnd;
            if (to > from) NativeMemory.Fill(from, (nuint)(to - from), ReleasedPoison);
            if (page == _page || page->Next == null) break;
            page = page->Next;
            from = ArenaPage.DataOf(page);
        }
    }
}
