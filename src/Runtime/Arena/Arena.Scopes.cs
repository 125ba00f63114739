using System;
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
        ReleaseTo(in floor);
        if (corruption is not null) throw corruption;
    }

    private void ThrowIfLeased(string operation)
    {
        if (_depth != 0)
            throw new InvalidOperationException($"{operation} needs an arena with no open lease; {_depth} lease(s) are open.");
    }

    /// <summary>Opens a nested scope and returns the token of the lease that owns it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal long OpenScope()
    {
        int depth = _depth + 1;
        if ((uint)depth >= (uint)_fastFrameCount) return OpenScopeSlow();
        ref ArenaScopeFrame frame = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_frames), depth);
        long token = (_serial += ArenaScopeToken.SerialStep) | (long)depth;
        frame.Cursor = _cursor;
        frame.Page = _page;
        frame.Large = _large;
        frame.Token = token;
        _depth = depth;
        return token;
    }

    /// <summary>Closes the scope of the lease holding <paramref name="token"/>; nothing if it is already closed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void CloseScope(long token)
    {
        // _depth always indexes a valid frame; tokens are unique, so a match means this lease is the innermost.
        ref ArenaScopeFrame frame = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_frames), _depth);
        if (frame.Token == token && frame.Page == _page && frame.Large == _large)
        {
            byte* cursor = _cursor;
            if (cursor > _peakCursor) _peakCursor = cursor;
            _cursor = frame.Cursor;
            _depth--;
            return;
        }
        CloseScopeSlow(token);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private long OpenScopeSlow()
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
        ArenaScopeFrame frame = CurrentPosition();
        frame.Token = _checks ? token | ArenaScopeToken.CheckedFlag : token;
        _frames[depth] = frame;
        _depth = depth;
        _fastFrameCount = _checks ? 0 : _frames.Length;
        return token;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void CloseScopeSlow(long token)
    {
        int depth = ArenaScopeToken.DepthOf(token);
        if (!IsOpen(token)) return;
        if (depth != _depth)
            throw new InvalidOperationException(
                $"Leases must be disposed in the reverse order of renting: this lease (depth {depth}) was disposed while {_depth - depth} lease(s) rented after it are still open. Nothing was released.");
        ref ArenaScopeFrame frame = ref _frames[depth];
        ArenaCorruptionException? corruption = _checks ? FindCorruption(frame.CheckIndex) : null;
        ReleaseTo(in frame);
        _depth = depth - 1;
        if (corruption is not null) throw corruption;
    }

    /// <summary>True while the lease holding <paramref name="token"/> has not been disposed.</summary>
    internal bool IsOpen(long token)
    {
        int depth = ArenaScopeToken.DepthOf(token);
        return !_disposed && depth != 0 && depth <= _depth && (_frames[depth].Token & ~ArenaScopeToken.CheckedFlag) == token;
    }

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
