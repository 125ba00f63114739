namespace ParamArena.Marshalling;

/// <summary>
/// The marshaller that handles a parameter, return value or shape field. One kind, one marshaller, whatever the
/// element's role; the role and ref kind only pick which of the marshaller's stages apply.
/// </summary>
internal enum MarshallerKind
{
    /// <summary>Primitives, enums, pointers, function pointers and blittable structs: as they are (by reference: pinned).</summary>
    Blittable,

    /// <summary><c>bool</c> as a 4-byte BOOL, or 1 byte with <c>[MarshalAs(UnmanagedType.U1)]</c>.</summary>
    Bool,

    /// <summary><c>char</c> as a 16-bit code unit (by reference: pinned).</summary>
    Char,

    /// <summary><c>string</c>: NUL-terminated UTF-8 or UTF-16 in the arena; a return is decoded.</summary>
    String,

    /// <summary>An array or span of strings: a pointer array in the arena.</summary>
    StringSequence,

    /// <summary>An array or span of blittable values: pinned as a parameter, copied into the arena as a field.</summary>
    BlittableSequence,

    /// <summary>An <c>[ArenaStruct]</c> shape: its <c>Native</c> staged by value, by <c>in</c>, or embedded.</summary>
    Shape,

    /// <summary>An optional shape (<c>Shape?</c>): a pointer to its staged <c>Native</c>, or null.</summary>
    NullableShape,

    /// <summary>An array or span of shapes: a staged array of <c>Native</c> structs.</summary>
    ShapeSequence,

    /// <summary>A <c>[ArenaFixedLength]</c> string field: NUL-terminated UTF-8 or UTF-16 in a fixed-size buffer of the native struct.</summary>
    FixedString,

    /// <summary>A <c>[ArenaFixedLength]</c> array field of a primitive type: a fixed-size buffer of the native struct.</summary>
    FixedArray,

    /// <summary>An <c>[ArenaEnumerated]</c> parameter: items filled by a count-then-fill call, returned as an array or span.</summary>
    Enumeration,

    /// <summary>A <c>SafeHandle</c>: add-ref'd handle by value; created and set for <c>out</c> and returns.</summary>
    SafeHandle,

    /// <summary>An <c>out</c> / <c>ref</c> string through a <c>const char**</c> the callee points at its own string: decoded, optionally freed.</summary>
    StringOut,

    /// <summary>An <c>out</c> string written into a caller buffer staged in the arena (<c>[ArenaStringBuffer]</c>), grown and retried when too small.</summary>
    StringBuffer,

    /// <summary>A <c>ReadOnlySpan&lt;char&gt;</c> / <c>ReadOnlySpan&lt;byte&gt;</c> with <c>[MarshalAs(LPUTF8Str or LPWStr)]</c>: a NUL-terminated copy in the arena.</summary>
    CString,
}
