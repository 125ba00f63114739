using System.Runtime.InteropServices;

namespace ParamArena;

/// <summary>
/// The header at the start of every arena page (one native block). Pages form a singly linked
/// chain from the arena's first page; pages after the current one are kept for reuse.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ArenaPage
{
    /// <summary>Bytes reserved for the header; data starts here, 16-byte aligned like the native block.</summary>
    public const int HeaderSize = 48;

    /// <summary>The alignment every page's data start has (the native allocator's guarantee plus <see cref="HeaderSize"/>).</summary>
    public const int DataAlignment = 16;

    /// <summary>The next page of the chain, or null.</summary>
    public ArenaPage* Next;

    /// <summary>The page's native size, header included.</summary>
    public nuint Size;

    /// <summary>The sum of <see cref="Size"/> over the chain up to and including this page, so the bytes kept after any page are one subtraction.</summary>
    public nuint CapacityThrough;

    /// <summary>Bytes in use on earlier pages when this page became the current one.</summary>
    public nuint BytesBefore;

    /// <summary>The cursor when the arena last moved on from this page (for poisoning in checked mode).</summary>
    public byte* UsedEnd;

    /// <summary>When the page was created, in the arena's page-creation count (lets a failed compound operation give back exactly the pages it took).</summary>
    public long Created;

    /// <summary>The first data byte of <paramref name="page"/>.</summary>
    public static byte* DataOf(ArenaPage* page) => (byte*)page + HeaderSize;

    /// <summary>One past the last byte of <paramref name="page"/>.</summary>
    public static byte* EndOf(ArenaPage* page) => (byte*)page + page->Size;
}
