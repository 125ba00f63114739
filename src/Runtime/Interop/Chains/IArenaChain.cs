namespace ParamArena;

/// <summary>
/// A chain that starts with <typeparamref name="THead"/>: the head shape alone (a chain of length 0, implemented by the
/// generator for every shape with an <see cref="ArenaStructureTypeAttribute"/>) or an <see cref="ArenaChain{THead, TRest, TLink}"/>.
/// An <see cref="ArenaMarshalAttribute"/> method takes any chain of a head through a type parameter constrained to it:
/// <c>Create&lt;TChain&gt;(in TChain createInfo) where TChain : struct, IArenaChain&lt;TChain, InstanceCreateInfo&gt;</c>.
/// </summary>
/// <typeparam name="TSelf">The chain type.</typeparam>
/// <typeparam name="THead">The head shape.</typeparam>
public unsafe interface IArenaChain<TSelf, THead>
    where TSelf : struct, IArenaChain<TSelf, THead>
    where THead : struct
{
    /// <summary>Stages the head into <paramref name="head"/> (a <c>THead.Native</c>) and every link after it in <paramref name="lease"/>, in order.</summary>
    /// <param name="lease">The lease that owns the staged memory.</param>
    /// <param name="value">The chain to stage.</param>
    /// <param name="head">The head's native struct (every field is written).</param>
    /// <returns>The last link's <c>PNext</c> field (null after staging), where a further link's address would go.</returns>
    static abstract void** StageChain(scoped in ArenaLease lease, in TSelf value, void* head);

    /// <summary>
    /// Reads a staged chain back after a call filled it: the head from <paramref name="head"/>, then each link from the
    /// <c>PNext</c> before it, into <paramref name="value"/> (an output chain such as <c>vkGetPhysicalDeviceFeatures2</c>'s).
    /// </summary>
    /// <param name="head">The head's native struct, staged by <see cref="StageChain"/>.</param>
    /// <param name="value">The chain to overwrite, link by link.</param>
    /// <returns>The last link's <c>PNext</c>.</returns>
    /// <exception cref="System.InvalidOperationException">The native chain ends before the last link.</exception>
    static abstract void* ReadChain(void* head, ref TSelf value);
}
