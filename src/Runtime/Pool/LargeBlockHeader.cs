using System.Runtime.InteropServices;

namespace ParamArena;

/// <summary>
/// The 32 bytes in front of a block too large for any bucket. The links keep every live large block on a
/// list so <see cref="NativePool.Dispose"/> can free them; the cookie lets <c>Free</c> reject a pointer that
/// is not one of this pool's large blocks.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct LargeBlockHeader
{
    /// <summary>The previous live large block, or null.</summary>
    public LargeBlockHeader* Previous;

    /// <summary>The next live large block, or null.</summary>
    public LargeBlockHeader* Next;

    /// <summary>The usable bytes after the header.</summary>
    public nuint Size;

    /// <summary>Bytes from the start of the native allocation to the user pointer (at least the header).</summary>
    public uint Padding;

    /// <summary>The owning pool's cookie while the block is live; zero once freed.</summary>
    public uint Cookie;
}
