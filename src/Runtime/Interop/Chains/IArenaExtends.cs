namespace ParamArena;

/// <summary>
/// Implemented by the generator for each head an <see cref="ArenaExtendsAttribute"/> names: the shape may be linked
/// into a chain that starts with <typeparamref name="THead"/>. It has no members; chains constrain on it.
/// </summary>
/// <typeparam name="THead">The head the shape extends.</typeparam>
public interface IArenaExtends<THead>
    where THead : struct
{
}
