using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ParamArena;

/// <summary>
/// A chain of extension structs after a head shape (Vulkan's <c>pNext</c> chain): <typeparamref name="TRest"/> (the head,
/// or a shorter chain) followed by <typeparamref name="TLink"/>. A plain struct: building one, passing it and staging it
/// allocate no managed memory, and the same value can be passed to any number of calls. Build one with
/// <see cref="ArenaChainExtensions.Then{THead, TLink}(THead, in TLink)"/> and <see cref="Then{TNext}(in TNext)"/>;
/// staging links the structs in the order they were added.
/// </summary>
/// <typeparam name="THead">The head shape every link must extend.</typeparam>
/// <typeparam name="TRest">The head or the chain before the last link.</typeparam>
/// <typeparam name="TLink">The last link.</typeparam>
[StructLayout(LayoutKind.Auto)]
public struct ArenaChain<THead, TRest, TLink> : IArenaChain<ArenaChain<THead, TRest, TLink>, THead>
    where THead : struct
    where TRest : struct, IArenaChain<TRest, THead>
    where TLink : struct, IArenaChainLink<TLink>, IArenaExtends<THead>
{
    /// <summary>The head, or the chain before <see cref="Link"/>.</summary>
    public TRest Rest;

    /// <summary>The last link.</summary>
    public TLink Link;

    /// <summary>A chain of <paramref name="rest"/> followed by <paramref name="link"/>.</summary>
    /// <param name="rest">The head or a shorter chain.</param>
    /// <param name="link">The link to add at the end.</param>
    public ArenaChain(in TRest rest, in TLink link)
    {
        Rest = rest;
        Link = link;
    }

    /// <summary>This chain with <paramref name="next"/> added at the end; <typeparamref name="TNext"/> must extend <typeparamref name="THead"/>.</summary>
    /// <typeparam name="TNext">The link's shape.</typeparam>
    /// <param name="next">The link.</param>
    /// <returns>The longer chain (this chain is copied, not changed).</returns>
    public readonly ArenaChain<THead, ArenaChain<THead, TRest, TLink>, TNext> Then<TNext>(in TNext next)
        where TNext : struct, IArenaChainLink<TNext>, IArenaExtends<THead> =>
        new(this, next);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static unsafe void** IArenaChain<ArenaChain<THead, TRest, TLink>, THead>.StageChain(scoped in ArenaLease lease, in ArenaChain<THead, TRest, TLink> value, void* head)
    {
        void** slot = TRest.StageChain(lease, in value.Rest, head);
        return TLink.StageLink(lease, in value.Link, slot);
    }

    /// <inheritdoc/>
    static unsafe void* IArenaChain<ArenaChain<THead, TRest, TLink>, THead>.ReadChain(void* head, ref ArenaChain<THead, TRest, TLink> value)
    {
        void* link = TRest.ReadChain(head, ref value.Rest);
        if (link == null) ThrowChainEnded();
        return TLink.ReadLink(link, ref value.Link);
    }

    private static void ThrowChainEnded() =>
        throw new InvalidOperationException("The native chain ended before its " + typeof(TLink).Name + " link; the callee changed a pNext it should have left alone.");
}
