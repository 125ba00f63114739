using System;

namespace ParamArena;

/// <summary>
/// Gives an <see cref="ArenaStructAttribute"/> shape its structure type (Vulkan's <c>sType</c>, OpenXR's <c>type</c>):
/// the generated <c>Native</c> struct starts with the tag field <c>SType</c> (of the value's type) and a
/// <c>void* PNext</c>, and staging writes both, so a caller never sets them by hand. The managed shape declares
/// neither field.
/// </summary>
/// <remarks>
/// A shape with a structure type is a chain link (<see cref="IArenaChainLink{TSelf}"/>) and the head of a chain of
/// length 0 (<see cref="IArenaChain{TSelf, THead}"/>); <see cref="ArenaExtendsAttribute"/> says which heads it may extend.
/// Staged on its own it gets a null <c>PNext</c>.
/// </remarks>
[AttributeUsage(AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class ArenaStructureTypeAttribute : Attribute
{
    /// <summary>Declares the shape's structure type.</summary>
    /// <param name="value">The tag value: an enum constant (<c>StructureType.InstanceCreateInfo</c>) or an integer constant.</param>
    public ArenaStructureTypeAttribute(object value) => Value = value;

    /// <summary>The tag value staging writes into <c>SType</c>.</summary>
    public object Value { get; }
}
