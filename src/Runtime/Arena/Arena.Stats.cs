using System.Collections.Generic;

namespace ParamArena;

// Statistics: per arena (exact, for the owning thread) and summed over the process.
public sealed unsafe partial class Arena
{
    /// <summary>This arena's memory now. Exact when read by the thread that uses the arena.</summary>
    public ArenaStats Stats
    {
        get
        {
            if (_disposed) return new ArenaStats(0, (long)_highWater, 0, 0, 0, 1);
            nuint inUse = BytesInUseNow();
            byte* peakCursor = _peakCursor > _cursor ? _peakCursor : _cursor;
            nuint peak = _bytesBefore + (nuint)(peakCursor - _pageData) + _largeBytes;
            if (_highWater > peak) peak = _highWater;
            return new ArenaStats((long)inUse, (long)peak, (long)(_chainBytes + _largeBytes), _pageCount, _largeCount, 1);
        }
    }

    /// <summary>
    /// Every arena in the process: reserved bytes, pages and large blocks are exact (they include arenas
    /// of ended threads whose finalizer has not run yet); bytes in use and high-water marks are summed
    /// over live arenas, read without stopping their threads.
    /// </summary>
    public static ArenaStats ProcessStats
    {
        get
        {
            long inUse = 0, highWater = 0;
            foreach (KeyValuePair<Arena, object> entry in ArenaProcessTotals.Live)
            {
                entry.Key.ReadFromAnotherThread(out nuint arenaInUse, out nuint arenaHighWater);
                inUse += (long)arenaInUse;
                highWater += (long)arenaHighWater;
            }
            return new ArenaStats(inUse, highWater, ArenaProcessTotals.ReservedBytes, ArenaProcessTotals.Pages,
                ArenaProcessTotals.LargeBlocks, ArenaProcessTotals.Arenas);
        }
    }

    /// <summary>In-use and high-water bytes from fields only (never native memory, which the owner may free meanwhile), clamped so a torn read stays plausible.</summary>
    private void ReadFromAnotherThread(out nuint inUse, out nuint highWater)
    {
        nuint before = _bytesBefore;
        byte* cursor = _cursor;
        byte* data = _pageData;
        byte* end = _pageEnd;
        nuint large = _largeBytes;
        highWater = _highWater;
        if (_disposed || data == null)
        {
            inUse = 0;
            return;
        }
        nuint onPage = cursor >= data && cursor <= end ? (nuint)(cursor - data) : 0;
        inUse = before + onPage + large;
        if (inUse > highWater) highWater = inUse;
    }

    private nuint BytesInUseNow() => _bytesBefore + (nuint)(_cursor - _pageData) + _largeBytes;

    /// <summary>Folds the peak since the last fold into the high-water mark; called before any change that can lower bytes in use.</summary>
    private void FoldPeak()
    {
        byte* peakCursor = _peakCursor > _cursor ? _peakCursor : _cursor;
        nuint inUse = _bytesBefore + (nuint)(peakCursor - _pageData) + _largeBytes;
        if (inUse > _highWater) _highWater = inUse;
        _peakCursor = _cursor;
    }
}
