using System;

namespace ParamArena;

/// <summary>
/// Says which chain heads a shape with an <see cref="ArenaStructureTypeAttribute"/> may extend (Vulkan's
/// <c>structextends</c>): the generator implements <see cref="IArenaExtends{THead}"/> for each, and a chain accepts the
/// shape only after one of those heads, so attaching it to another head does not compile.
/// </summary>
[AttributeUsage(AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class ArenaExtendsAttribute : Attribute
{
    /// <summary>Declares the heads the shape extends.</summary>
    /// <param name="heads">Shapes with a structure type (<c>typeof(InstanceCreateInfo)</c>).</param>
    public ArenaExtendsAttribute(params Type[] heads) => Heads = heads;

    /// <summary>The heads the shape extends.</summary>
    public Type[] Heads { get; }
}
