namespace ParamArena.Generator.Model;

/// <summary>How one managed parameter becomes native arguments; each value has one strategy in the emitter.</summary>
internal enum MarshalKind
{
    /// <summary>Primitives, enums, pointers, function pointers and blittable structs: passed as they are.</summary>
    BlittableValue,

    /// <summary><c>in</c>/<c>ref readonly</c>/<c>ref</c>/<c>out</c> of a blittable type: pinned, its address passed.</summary>
    ByRefPinned,

    /// <summary>A blittable array, <c>Span&lt;T&gt;</c> or <c>ReadOnlySpan&lt;T&gt;</c>: pinned; null or empty gives a null pointer.</summary>
    ArrayOrSpanPinned,

    /// <summary><c>string</c>: NUL-terminated UTF-8 or UTF-16 in the arena.</summary>
    String,

    /// <summary><c>string[]</c> or a span of strings: a pointer array in the arena.</summary>
    StringArray,

    /// <summary><c>bool</c> as a 4-byte BOOL, or 1 byte with <c>[MarshalAs(UnmanagedType.U1)]</c>.</summary>
    Bool,

    /// <summary><c>ref</c>/<c>out</c>/<c>in bool</c>: a native BOOL temporary whose value is copied back.</summary>
    BoolByRef,

    /// <summary><c>char</c> as a 16-bit code unit.</summary>
    Char,

    /// <summary>A <c>SafeHandle</c> subclass: add-ref before the call, release after.</summary>
    SafeHandle,

    /// <summary>An <c>out</c> <c>SafeHandle</c> subclass: created before the call, set from the native handle after.</summary>
    SafeHandleOut,

    /// <summary>An <c>[ArenaStruct]</c> shape passed by value: staged, its <c>Native</c> struct passed by value.</summary>
    ShapeValue,

    /// <summary>An <c>[ArenaStruct]</c> shape passed <c>in</c>: staged, a pointer to its <c>Native</c> struct passed.</summary>
    ShapeIn,

    /// <summary>A nullable shape (<c>Shape?</c>): a pointer to its staged <c>Native</c>, or null.</summary>
    NullableShape,

    /// <summary>An array or span of shapes: a staged array of <c>Native</c> structs, null when null or empty.</summary>
    ShapeArray,
}
