using System;
using System.Runtime.InteropServices;

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
    /// <summary>
    /// How the shape's <see cref="string"/> fields (and string array elements) are encoded: UTF-8 by default,
    /// NUL-terminated UTF-16 with <see cref="StringMarshalling.Utf16"/>. A field's own
    /// <c>[MarshalAs(UnmanagedType.LPWStr)]</c> or <c>[MarshalAs(UnmanagedType.LPUTF8Str)]</c> overrides it.
    /// </summary>
    public StringMarshalling StringMarshalling { get; set; } = StringMarshalling.Utf8;

    /// <summary>
    /// The name of the generated native twin nested in the shape (<c>Native</c> by default): the one member the
    /// generator adds to a shape. Set it when the shape has a field of that name.
    /// </summary>
    public string NativeName { get; set; } = "Native";
}
