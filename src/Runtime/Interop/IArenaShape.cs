namespace ParamArena;

/// <summary>
/// Implemented by the generator for every <see cref="ArenaStructAttribute"/> shape, explicitly, so that the shape's own
/// members keep every name but its native twin's. Call it through <see cref="ArenaStaging.Stage{TShape, TNative}"/>,
/// <see cref="ArenaStaging.StageInto{TShape, TNative}"/> and <see cref="ArenaStaging.StageArray{TShape, TNative}"/>
/// (managed to native), and <see cref="ArenaStaging.Read{TShape, TNative}(TNative*)"/> and its siblings (native to managed).
/// </summary>
/// <typeparam name="TShape">The shape.</typeparam>
/// <typeparam name="TNative">Its generated blittable twin (<c>TShape.Native</c>).</typeparam>
public unsafe interface IArenaShape<TShape, TNative>
    where TShape : struct, IArenaShape<TShape, TNative>
    where TNative : unmanaged
{
    /// <summary>Fills <paramref name="destination"/> with <paramref name="value"/>, staging what it points to in <paramref name="lease"/>.</summary>
    /// <param name="lease">The lease that owns the staged memory.</param>
    /// <param name="value">The shape to stage.</param>
    /// <param name="destination">Where to write the native struct (every field is written).</param>
    static abstract void StageInto(scoped in ArenaLease lease, in TShape value, TNative* destination);

    /// <summary>
    /// Converts the native struct at <paramref name="source"/> into a new managed shape: strings are decoded, arrays
    /// built from their counts, nested and optional shapes read in turn. Nothing in the result points into native memory.
    /// </summary>
    /// <param name="source">The native struct; not null.</param>
    /// <param name="value">Receives the shape (every field is written).</param>
    static abstract void Read(TNative* source, out TShape value);
}
