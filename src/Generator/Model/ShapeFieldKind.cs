namespace ParamArena.Generator.Model;

/// <summary>How one managed field of a shape becomes native fields.</summary>
internal enum ShapeFieldKind
{
    /// <summary>Primitive, enum, pointer, function pointer or blittable struct: copied as is.</summary>
    Blittable,

    /// <summary><c>bool</c>: an <c>int</c> BOOL, or a byte with <c>[MarshalAs(UnmanagedType.U1)]</c>.</summary>
    Bool,

    /// <summary><c>char</c>: a <c>ushort</c>.</summary>
    Char,

    /// <summary><c>string</c>: a pointer to NUL-terminated UTF-8 or UTF-16 in the arena.</summary>
    String,

    /// <summary><c>string[]</c>: a count and a pointer to an array of string pointers.</summary>
    StringArray,

    /// <summary>A blittable array: a count and a pointer to a copy in the arena.</summary>
    BlittableArray,

    /// <summary>A nested shape: its <c>Native</c> struct embedded by value.</summary>
    Shape,

    /// <summary>A nullable shape: a pointer to its staged <c>Native</c>, or null.</summary>
    NullableShape,

    /// <summary>An array of shapes: a count and a pointer to staged <c>Native</c> structs.</summary>
    ShapeArray,
}
