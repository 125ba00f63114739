namespace ParamArena;

/// <summary>
/// Implemented by the generator for every shape with an <see cref="ArenaStructureTypeAttribute"/>: how to stage it as
/// one link of a chain. Chains call it; there is no need to call it by hand.
/// </summary>
/// <typeparam name="TSelf">The shape.</typeparam>
public unsafe interface IArenaChainLink<TSelf>
    where TSelf : struct, IArenaChainLink<TSelf>
{
    /// <summary>
    /// Stages <paramref name="value"/> in <paramref name="lease"/> with its tag written and a null <c>PNext</c>, and stores
    /// its address in <paramref name="slot"/> (the previous link's <c>PNext</c>).
    /// </summary>
    /// <param name="lease">The lease that owns the staged memory.</param>
    /// <param name="value">The link to stage.</param>
    /// <param name="slot">Where the link's address goes.</param>
    /// <returns>The staged link's <c>PNext</c> field, where the next link's address goes.</returns>
    static abstract void** StageLink(scoped in ArenaLease lease, in TSelf value, void** slot);

    /// <summary>Reads the link at <paramref name="link"/> (a staged <c>TSelf.Native</c>) back into <paramref name="value"/>.</summary>
    /// <param name="link">The link's native struct.</param>
    /// <param name="value">Where the link is read to.</param>
    /// <returns>The link's <c>PNext</c>, where the next link is.</returns>
    static abstract void* ReadLink(void* link, ref TSelf value);
}
