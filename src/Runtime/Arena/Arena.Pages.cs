using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ParamArena;

// The out-of-line allocation path: moving to the next page, taking new pages and large blocks, limits.
public sealed unsafe partial class Arena
{
    /// <summary>
    /// The one out-of-line allocation path, for everything the inlined bump does not do: validation, disposal,
    /// checked mode (lease order, canary, poison), moving to the next page, large blocks.
    /// Returns null only when <paramref name="tryOnly"/> and the arena is out of memory or budget.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void* AllocSlow(nuint size, nuint alignment, long token, bool tryOnly)
    {
        ValidateAlignment(alignment);
        ThrowIfDisposed();
        AssertHotState();
        if (_checks) CheckAllocatingLease(token);
        // Unchecked, sizes round up to the granule (the inlined bump relies on an aligned cursor). Checked, the
        // canary follows the exact end, so an overrun by one byte shows.
        nuint trailer = _checks ? (nuint)CanarySize : 0;
        nuint footprint = _checks ? size + CanarySize : RoundUpToGranule(size);
        if (footprint < size)
        {
            if (tryOnly) return null;
            ThrowExhausted(size);
        }
        byte* start = AlignUp(_cursor, alignment);
        if (start > _pageEnd || (nuint)(_pageEnd - start) < footprint)
        {
            if (size > _largeThreshold)
            {
                start = (byte*)AllocLarge(size, alignment, trailer, tryOnly);
                if (start == null) return null;
                if (_checks) RecordCanary(start, size);
                return start;
            }
            if (!AdvancePage(footprint, alignment, size, tryOnly)) return null;
            start = AlignUp(_cursor, alignment);
            Debug.Assert(start <= _pageEnd && (nuint)(_pageEnd - start) >= footprint, "the page AdvancePage chose has room");
        }
        _cursor = start + footprint;
        if (_checks) RecordCanary(start, size);
        AssertHotState();
        return start;
    }

    private static void ValidateAlignment(nuint alignment)
    {
        if (alignment == 0 || alignment > MaxAlignment || (alignment & (alignment - 1)) != 0)
            throw new ArgumentOutOfRangeException(nameof(alignment), alignment, $"Alignment must be a power of two no larger than {MaxAlignment}.");
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte* AlignUp(byte* pointer, nuint alignment) => (byte*)(((nuint)pointer + alignment - 1) & ~(alignment - 1));

    /// <summary>
    /// Makes a page with room for <paramref name="needed"/> bytes at <paramref name="alignment"/> the
    /// current one: the next kept page if it is big enough, else a new page inserted after the current.
    /// On failure nothing observable changes.
    /// </summary>
    private bool AdvancePage(nuint needed, nuint alignment, nuint requested, bool tryOnly)
    {
        nuint padding = alignment > ArenaPage.DataAlignment ? alignment - ArenaPage.DataAlignment : 0;
        // Rounded to the granule: a page's usable end is rounded down to it (see MakeCurrent).
        nuint required = RoundUpToGranule(ArenaPage.HeaderSize + needed + padding);
        ArenaPage* current = _page;
        ArenaPage* next = current->Next;
        if (next == null || next->Size < required)
        {
            nuint pageSize = Math.Max(Math.Min(current->Size * 2, _maxPageSize), required);
            if (!TryReserve(ref pageSize, required, requested, tryOnly)) return false;
            ArenaPage* fresh = NewPage(pageSize, !tryOnly);
            if (fresh == null) return false;
            fresh->Next = current->Next;
            current->Next = fresh;
            _chainBytes += pageSize;
            _pageCount++;
            RecomputeCapacityFrom(current);
            next = fresh;
        }
        SyncOpenFrames();
        FoldPeak();
        current->UsedEnd = _cursor;
        next->BytesBefore = current->BytesBefore + (nuint)(_cursor - _pageData);
        MakeCurrent(next, ArenaPage.DataOf(next));
        return true;
    }

    /// <summary>
    /// Checks that <paramref name="size"/> more native bytes stay within <see cref="ArenaOptions.MaxSize"/>,
    /// freeing kept pages (never anything in use) or shrinking a new page toward <paramref name="required"/>
    /// to make room. Changes nothing when it fails.
    /// </summary>
    private bool TryReserve(ref nuint size, nuint required, nuint requested, bool tryOnly)
    {
        if (_maxSize == nuint.MaxValue) return true;
        nuint reserved = _chainBytes + _largeBytes;
        if (reserved + size <= _maxSize) return true;
        nuint ahead = _chainBytes - _page->CapacityThrough;
        nuint reclaimable = reserved - ahead;
        if (reclaimable + required > _maxSize || reclaimable + required < required)
        {
            if (tryOnly) return false;
            ThrowExhausted(requested);
        }
        if (reserved + required > _maxSize) TrimPagesAhead(0);
        reserved = _chainBytes + _largeBytes;
        if (reserved + size > _maxSize) size = Math.Max(required, _maxSize - reserved);
        return true;
    }

    /// <summary>Gives a request larger than the threshold its own native block, freed when its scope ends.</summary>
    private void* AllocLarge(nuint size, nuint alignment, nuint trailer, bool tryOnly)
    {
        nuint slack = alignment > ArenaPage.DataAlignment ? alignment - 1 : 0;
        nuint overhead = ArenaLargeBlock.HeaderSize + trailer + slack;
        if (size > nuint.MaxValue - overhead)
        {
            if (tryOnly) return null;
            ThrowExhausted(size);
        }
        nuint total = size + overhead;
        if (!TryReserve(ref total, total, size, tryOnly)) return null;
        ArenaLargeBlock* block = (ArenaLargeBlock*)NativeAllocate(total, size, !tryOnly);
        if (block == null) return null;
        _nativeAllocations++;
        SyncOpenFrames();
        FoldPeak();
        block->Next = _large;
        block->Size = total;
        _large = block;
        _largeBytes += total;
        _largeCount++;
        ArenaProcessTotals.LargeBlockAllocated(total);
        FoldPeak();
        return AlignUp((byte*)block + ArenaLargeBlock.HeaderSize, alignment);
    }

    /// <summary>
    /// After a scope that spilled past the first page released everything, replaces the arena's pages
    /// with one first page big enough for that scope's <paramref name="pageBytesInUse"/> (a power of two,
    /// up to <see cref="ArenaOptions.MaxPageSize"/>), so the next repetition of the workload stays on one
    /// page: pure bumps, no page changes. Does nothing if the arena is not empty, the floor holds data,
    /// the page would be too big, <see cref="ArenaOptions.MaxSize"/> would be exceeded, or the native
    /// allocator says no.
    /// </summary>
    private void GrowFirstPageToFit(nuint pageBytesInUse)
    {
        ArenaPage* first = _firstPage;
        byte* start = ArenaPage.DataOf(first);
        ref ArenaScopeFrame floor = ref _frames[0];
        if (_depth != 0 || _large != null || _page != first || _cursor != start || floor.Page != first || floor.Cursor != start) return;
        nuint needed = pageBytesInUse + ArenaPage.HeaderSize + GrowthSlack;
        if (needed > _maxPageSize || needed <= first->Size) return;
        nuint size = Math.Min(RoundUpToPowerOfTwo(needed), _maxPageSize);
        if (_maxSize != nuint.MaxValue && (_chainBytes + _largeBytes + size > _maxSize)) return;
        ArenaPage* fresh = NewPage(size, throwOnFailure: false);
        if (fresh == null) return;
        for (ArenaPage* page = first; page != null;)
        {
            ArenaPage* next = page->Next;
            FreePage(page);
            page = next;
        }
        fresh->CapacityThrough = size;
        _chainBytes = size;
        _pageCount = 1;
        _firstPage = fresh;
        MakeCurrent(fresh, ArenaPage.DataOf(fresh));
        floor = StartPosition();
    }

    /// <summary>Room added when a first page grows to fit a workload, for alignment that lands differently on the new page.</summary>
    private const nuint GrowthSlack = 256;

    private static nuint RoundUpToPowerOfTwo(nuint value)
    {
        nuint result = 1;
        while (result < value) result <<= 1;
        return result;
    }

    /// <summary>Takes a page of <paramref name="size"/> bytes from the native allocator (not yet linked).</summary>
    private ArenaPage* NewPage(nuint size, bool throwOnFailure)
    {
        ArenaPage* page = (ArenaPage*)NativeAllocate(size, size, throwOnFailure);
        if (page == null) return null;
        _nativeAllocations++;
        page->Next = null;
        page->Size = size;
        page->CapacityThrough = 0;
        page->BytesBefore = 0;
        page->UsedEnd = ArenaPage.DataOf(page);
        page->Created = ++_pagesCreated;
        ArenaProcessTotals.PageAllocated(size);
        if (_checks) NativeMemory.Fill(ArenaPage.DataOf(page), size - ArenaPage.HeaderSize, UninitializedPoison);
        return page;
    }

    /// <summary>Takes <paramref name="size"/> bytes from the native allocator; when it has none, throws <see cref="ArenaExhaustedException"/> for <paramref name="requested"/> or returns null.</summary>
    private void* NativeAllocate(nuint size, nuint requested, bool throwOnFailure)
    {
        try
        {
            return NativeMemory.Alloc(size);
        }
        catch (OutOfMemoryException)
        {
            if (throwOnFailure) ThrowExhausted(requested);
            return null;
        }
    }

    private void FreePage(ArenaPage* page)
    {
        _chainBytes -= page->Size;
        _pageCount--;
        ArenaProcessTotals.PageFreed(page->Size);
        NativeMemory.Free(page);
    }

    /// <summary>Frees pages after the current one beyond the first <paramref name="keepBytes"/> bytes of them.</summary>
    private void TrimPagesAhead(nuint keepBytes)
    {
        if (_chainBytes - _page->CapacityThrough <= keepBytes) return;
        ArenaPage* last = _page;
        nuint kept = 0;
        ArenaPage* page = last->Next;
        while (page != null && kept + page->Size <= keepBytes)
        {
            kept += page->Size;
            last = page;
            page = page->Next;
        }
        last->Next = null;
        while (page != null)
        {
            ArenaPage* next = page->Next;
            FreePage(page);
            page = next;
        }
    }

    /// <summary>Frees pages after the current one that were created after <paramref name="pagesCreated"/> (undoing a failed compound operation).</summary>
    private void FreePagesCreatedAfter(long pagesCreated)
    {
        ArenaPage* previous = _page;
        ArenaPage* page = previous->Next;
        while (page != null)
        {
            ArenaPage* next = page->Next;
            if (page->Created > pagesCreated)
            {
                previous->Next = next;
                FreePage(page);
            }
            else
            {
                previous = page;
            }
            page = next;
        }
        RecomputeCapacityFrom(_page);
    }

    private static void RecomputeCapacityFrom(ArenaPage* page)
    {
        nuint running = page->CapacityThrough;
        for (ArenaPage* next = page->Next; next != null; next = next->Next)
        {
            running += next->Size;
            next->CapacityThrough = running;
        }
    }

    private void FreeLargeBlocksUntil(ArenaLargeBlock* keep)
    {
        ArenaLargeBlock* block = _large;
        while (block != keep && block != null)
        {
            ArenaLargeBlock* next = block->Next;
            _largeBytes -= block->Size;
            _largeCount--;
            ArenaProcessTotals.LargeBlockFreed(block->Size);
            NativeMemory.Free(block);
            block = next;
        }
        _large = block;
    }

    private void MakeCurrent(ArenaPage* page, byte* cursor)
    {
        _page = page;
        _pageData = ArenaPage.DataOf(page);
        // Rounded down to the granule, so an unchecked cursor that reaches the end is still granule-aligned.
        _pageEnd = (byte*)((nuint)ArenaPage.EndOf(page) & ~(Granule - 1));
        _bytesBefore = page->BytesBefore;
        _cursor = cursor;
        _peakCursor = cursor;
        _limit = _checks ? null : _pageEnd;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void ThrowExhausted(nuint requested) =>
        throw new ArenaExhaustedException(requested, (long)BytesInUseNow(), (long)(_chainBytes + _largeBytes), Options.MaxSize);
}
