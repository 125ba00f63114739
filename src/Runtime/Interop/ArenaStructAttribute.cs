using System;

namespace ParamArena;

/// <summary>
/// Marks a <c>partial struct</c> written with managed field types (strings, arrays, nested shapes,
/// optional shapes) as a shape: the generator emits a nested blittable <c>Native</c> struct with C's
/// layout and the code that stages the shape in an arena.
/// </summary>
/// <remarks>
/// An array field becomes a count field and a pointer (the count just before the pointer, as Vulkan
/// lays them out, unless <see cref="ArenaCountAttribute"/> says otherwise). A field of another shape
/// type is embedded by value; a nullable shape field (<c>Shape?</c>) becomes a pointer, null when the
/// field is null.
/// </remarks>
[AttributeUsage(AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class ArenaStructAttribute : Attribute
{
}
