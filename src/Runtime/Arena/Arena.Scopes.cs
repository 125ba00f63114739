using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ParamArena;

// Scopes: leases (nested marks) and the persistent floor (frame 0).
public sealed unsafe partial class Arena
{
    /// <summary>
    /// Marks the current position as the persistent floor: <see cref="Reset"/> releases everything
    /// allocated after this call, in O(1), and keeps everything before it. Use it for frame allocators:
    /// allocate long-lived data, set the floor, then allocate per frame and reset.
    /// </summary>
    /// <exception cref="InvalidOperationException">A lease of this arena is open.</exception>
    /// <exception cref="ObjectDisposedException">The arena was disposed.</exception>
    public void SetPersistentFloor()
    {
        ThrowIfDisposed();
        ThrowIfLeased(nameof(SetPersistentFloor));
        _frames[0] = CurrentPosition();
    }

    /// <summary>Moves the persistent floor back to the start of the arena, so the next <see cref="Reset"/> releases everything.</summary>
    /// <exception cref="InvalidOperationException">A lease of this arena is open.</exception>
    /// <exception cref="ObjectDisposedException">The arena was disposed.</exception>
    public void ClearPersistentFloor()
    {
        ThrowIfDisposed();
        ThrowIfLeased(nameof(ClearPersistentFloor));
        _frames[0] = StartPosition();
    }

    /// <summary>
    /// Releases everything allocated since the persistent floor (the start of the arena if none was
    /// set) in O(1). Pages stay for reuse within <see cref="ArenaOptions.MaxRetainedBytes"/>; large
    /// blocks are freed. In checked mode the released allocations' canaries are verified first.
    /// </summary>
    /// <exception cref="InvalidOperationException">A lease of this arena is open.</exception>
    /// <exception cref="ArenaCorruptionException">Checked mode: a released allocation was written past its end (the reset still happened).</exception>
    /// <exception cref="ObjectDisposedException">The arena was disposed.</exception>
    public void Reset()
    {
        ThrowIfDisposed();
        ThrowIfLeased(nameof(Reset));
        ref ArenaScopeFrame floor = ref _frames[0];
        ArenaCorruptionException? corruption = _checks ? FindCorruption(floor.CheckIndex) : null;
        bool spilled = _page != floor.Page;
        nuint pageBytesInUse = _bytesBefore + (nuint)(_cursor - _pageData);
        ReleaseTo(in floor);
        if (spilled) GrowFirstPageToFit(pageBytesInUse);
        if (corruption is not null) throw corruption;
    }

    private void ThrowIfLeased(string operation)
    {
        if (_depth != 0)
            throw new InvalidOperationException($"{operation} needs an arena with no open lease; {_depth} lease(s) are open.");
    }

    /// <summary>Opens a nested scope and returns the lease that owns it.</summary>
    /// <remarks>
    /// The lease itself carries the mark (the cursor to return to), so the inlined rent and release
    /// exchange it through registers rather than through the arena's memory; the frame only gets the
    /// token, which identifies the innermost open lease.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ArenaLease OpenScope()
    {
        int depth = _depth + 1;
        if ((uint)depth >= (uint)_fastFrameCount) return OpenScopeSlow();
        long token = (_serial += ArenaScopeToken.SerialStep) | (long)depth;
        // Page and Large are filled in later by SyncOpenFrames, only if the page or the large blocks change.
        Unsafe.Add(ref Unsafe.As<ArenaTokenSlots, long>(ref _tokens), depth) = token;
        _depth = depth;
        return new ArenaLease(this, token, _cursor);
    }

    /// <summary>Closes the scope of the lease holding <paramref name="token"/>; nothing if it is already closed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void CloseScope(long token, byte* mark)
    {
        // Tokens are unique and embed their depth, so an exact match in the current depth's slot means this
        // lease is the innermost open one and its slot carries no flag (no page change, no large block, no
        // checked mode since it opened; for depths beyond the inline slots, the shared slot is flagged and
        // never matches): only the cursor moves back. Kept under the JIT's 15-statement limit for cloning
        // a finally, so `using var lease` pays no funclet call.
        if (Unsafe.Add(ref Unsafe.As<ArenaTokenSlots, long>(ref _tokens), _depth & (ArenaTokenSlots.Count - 1)) == token)
        {
            Debug.Assert(mark >= _pageData && mark <= _cursor, "an unflagged token means no page change since the rent, so the mark is on this page, below the cursor");
            // The high-water mark only needs the highest cursor reached before each release on this page.
            if (_cursor > _peakCursor) _peakCursor = _cursor;
            _cursor = mark;
            _depth = (int)(token & ArenaScopeToken.DepthMask) - 1;
        }
        else
        {
            CloseScopeSlow(token, mark);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private ArenaLease OpenScopeSlow()
    {
        ThrowIfDisposed();
        int depth = _depth + 1;
        if (depth > ArenaScopeToken.DepthMask)
            throw new InvalidOperationException($"Leases are nested more than {ArenaScopeToken.DepthMask} deep; a lease is probably never disposed.");
        if (depth >= _frames.Length)
        {
            var grown = new ArenaScopeFrame[Math.Min(_frames.Length * 2, ArenaScopeToken.DepthMask + 1)];
            _frames.CopyTo(grown, 0);
            _frames = grown;
        }
        long token = (_serial += ArenaScopeToken.SerialStep) | (long)depth;
        _frames[depth] = CurrentPosition();
        TokenAt(depth) = _checks ? token | ArenaScopeToken.CheckedFlag : token;
        if (depth >= ArenaTokenSlots.Count) _tokens[depth & (ArenaTokenSlots.Count - 1)] |= ArenaScopeToken.ShadowedFlag;
        _depth = depth;
        _fastFrameCount = FastFrameCount();
        return new ArenaLease(this, token, _cursor);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void CloseScopeSlow(long token, byte* mark)
    {
        int depth = ArenaScopeToken.DepthOf(token);
        if (!IsOpen(token)) return;
        if (depth != _depth)
            throw new InvalidOperationException(
                $"Leases must be disposed in the reverse order of renting: this lease (depth {depth}) was disposed while {_depth - depth} lease(s) rented after it are still open. Nothing was released.");
        SyncOpenFrames();
        ArenaScopeFrame position = _frames[depth];
        position.Cursor = mark;
        ArenaCorruptionException? corruption = _checks ? FindCorruption(position.CheckIndex) : null;
        bool spilled = _page != position.Page;
        nuint pageBytesInUse = _bytesBefore + (nuint)(_cursor - _pageData);
        ReleaseTo(in position);
        _depth = depth - 1;
        if (_syncedDepth > _depth) _syncedDepth = _depth;
        // The shallowest deep scope of its slot is gone: the slot's own lease may release inline again.
        if (depth >= ArenaTokenSlots.Count && depth < 2 * ArenaTokenSlots.Count)
            _tokens[depth & (ArenaTokenSlots.Count - 1)] &= ~ArenaScopeToken.ShadowedFlag;
        if (spilled) GrowFirstPageToFit(pageBytesInUse);
        if (corruption is not null) throw corruption;
    }

    /// <summary>True while the lease holding <paramref name="token"/> has not been disposed.</summary>
    internal bool IsOpen(long token)
    {
        int depth = ArenaScopeToken.DepthOf(token);
        return !_disposed && depth != 0 && depth <= _depth && (TokenAt(depth) & ~ArenaScopeToken.FlagMask) == token;
    }

    /// <summary>
    /// Records the current page and large block in every frame opened since the last change of
    /// either (the inlined rent saves only the cursor). Called before anything changes them, so
    /// those frames' values are exactly what they were when the frames opened.
    /// </summary>
    private void SyncOpenFrames()
    {
        for (int depth = _syncedDepth + 1; depth <= _depth; depth++)
        {
            ref ArenaScopeFrame frame = ref _frames[depth];
            frame.Page = _page;
            frame.Large = _large;
            TokenAt(depth) |= ArenaScopeToken.SyncedFlag;
        }
        _syncedDepth = _depth;
    }

    /// <summary>Where the token of the scope at <paramref name="depth"/> lives: an inline slot for shallow scopes, else its frame.</summary>
    private ref long TokenAt(int depth) =>
        ref depth < ArenaTokenSlots.Count ? ref _tokens[depth] : ref _frames[depth].Token;

    /// <summary>Depths below this open and close inline: 0 in checked mode and after disposal (everything goes out of line).</summary>
    private int FastFrameCount() => _checks || _disposed ? 0 : Math.Min(ArenaTokenSlots.Count, _frames.Length);

    /// <summary>The current position as a frame (token 0).</summary>
    private ArenaScopeFrame CurrentPosition() => new()
    {
        Cursor = _cursor,
        Page = _page,
        Large = _large,
        CheckIndex = _checked?.Count ?? 0,
    };

    /// <summary>The empty arena's position: the start of the first page.</summary>
    private ArenaScopeFrame StartPosition() => new()
    {
        Cursor = ArenaPage.DataOf(_firstPage),
        Page = _firstPage,
        Large = null,
        CheckIndex = 0,
    };

    /// <summary>Returns the arena to <paramref name="frame"/>: frees newer large blocks, moves back to the frame's page, trims kept pages to the budget.</summary>
    private void ReleaseTo(in ArenaScopeFrame frame)
    {
        SyncOpenFrames();
        FoldPeak();
        if (_checks)
        {
            PoisonAbove(in frame);
            _checked!.RemoveRange(frame.CheckIndex, _checked.Count - frame.CheckIndex);
        }
        FreeLargeBlocksUntil(frame.Large);
        if (_page != frame.Page)
        {
            MakeCurrent(frame.Page, frame.Cursor);
            TrimPagesAhead(_maxRetained);
        }
        else
        {
            _cursor = frame.Cursor;
            _peakCursor = frame.Cursor;
        }
    }
}
