using System.Runtime.CompilerServices;

namespace ParamArena;

/// <summary>
/// The tokens of the shallowest scopes, stored inside the arena object itself so the inlined rent
/// and release reach them at a fixed offset from the arena (no array load, no null check). Deeper
/// scopes keep their token in the frame array, out of line.
/// </summary>
[InlineArray(Count)]
internal struct ArenaTokenSlots
{
    /// <summary>Scopes at depths below this have their token here.</summary>
    public const int Count = 16;

    private long _first;
}
