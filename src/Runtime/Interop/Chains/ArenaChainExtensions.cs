namespace ParamArena;

/// <summary>Starts an <see cref="ArenaChain{THead, TRest, TLink}"/> from a head shape.</summary>
public static class ArenaChainExtensions
{
    /// <summary>A chain of <paramref name="head"/> followed by <paramref name="link"/>; <typeparamref name="TLink"/> must extend <typeparamref name="THead"/>.</summary>
    /// <typeparam name="THead">The head shape (a shape with an <see cref="ArenaStructureTypeAttribute"/>).</typeparam>
    /// <typeparam name="TLink">The link's shape.</typeparam>
    /// <param name="head">The head.</param>
    /// <param name="link">The first link.</param>
    /// <returns>The chain (both values are copied into it).</returns>
    public static ArenaChain<THead, THead, TLink> Then<THead, TLink>(this THead head, in TLink link)
        where THead : struct, IArenaChain<THead, THead>
        where TLink : struct, IArenaChainLink<TLink>, IArenaExtends<THead> =>
        new(head, link);
}
