namespace ParamArena;

/// <summary>
/// The layout of a lease token: a per-arena serial number in the high bits and the scope depth in
/// the low bits. Serials make every rent unique, so a second dispose of a lease (whose depth may have
/// been reused by a newer lease) is recognised and ignored.
/// </summary>
internal static class ArenaScopeToken
{
    /// <summary>Bits that hold the depth.</summary>
    public const int DepthBits = 20;

    /// <summary>The mask of the depth bits; also the deepest nesting allowed.</summary>
    public const int DepthMask = (1 << DepthBits) - 1;

    /// <summary>What each rent adds to the arena's serial.</summary>
    public const long SerialStep = 1L << DepthBits;

    /// <summary>Set on frames opened in checked mode: the inlined release compares tokens, fails, and takes the checked path.</summary>
    public const long CheckedFlag = 1L << 62;

    /// <summary>Set on a frame once the page or the large-block list changed while it was open: its release must restore them, out of line.</summary>
    public const long SyncedFlag = 1L << 61;

    /// <summary>
    /// Set on an inline token slot while a scope 16, 32, ... levels deeper is open: that deeper scope's
    /// depth maps to the same slot, and the flag keeps the shallow lease's inlined release from matching
    /// (so disposing it out of order is still caught, out of line).
    /// </summary>
    public const long ShadowedFlag = 1L << 60;

    /// <summary>Every flag a frame's token may carry beyond the lease's token.</summary>
    public const long FlagMask = CheckedFlag | SyncedFlag | ShadowedFlag;

    /// <summary>The depth a token was issued for.</summary>
    public static int DepthOf(long token) => (int)(token & DepthMask);
}
