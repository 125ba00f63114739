using System.Runtime.InteropServices;

namespace ParamArena;

/// <summary>
/// The header of a block that got its own native allocation because it was larger than
/// <see cref="ArenaOptions.LargeBlockThreshold"/>. Large blocks form a list, newest first, and are
/// freed (not kept) when the scope that allocated them ends.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ArenaLargeBlock
{
    /// <summary>Bytes taken by the header; the data after it is 16-byte aligned.</summary>
    public const int HeaderSize = 16;

    /// <summary>The block allocated before this one, or null.</summary>
    public ArenaLargeBlock* Next;

    /// <summary>The native size of the block, header included.</summary>
    public nuint Size;
}
