namespace VulkanBindingsTool;

/// <summary>How one struct member is declared in C#.</summary>
public enum FieldKind
{
    /// <summary>A value of its mapped type (primitive, enum, flags, handle, struct, union, function pointer as <c>nint</c>).</summary>
    Value,
    /// <summary>A fixed-size array: an inline-array struct of the element type.</summary>
    FixedArray,
    /// <summary>A fixed-size <c>char</c> array in a shape: an <c>[ArenaFixedLength(n)] string</c>, staged and read back in place.</summary>
    FixedString,
    /// <summary>A fixed-size numeric array in a shape: an <c>[ArenaFixedLength(n)] T[]</c>.</summary>
    FixedArrayField,
    /// <summary><c>pNext</c> of a blittable struct: a raw <c>void*</c> (structure-typed shapes declare none: staging writes it from the chain).</summary>
    Chain,
    /// <summary><c>const char*</c>: a <c>string</c> staged as UTF-8.</summary>
    String,
    /// <summary><c>const char* const*</c> with a count: a <c>string[]</c>.</summary>
    StringArray,
    /// <summary><c>const T*</c> with a count member: a <c>T[]</c> (or a shape array) whose length staging writes to the count.</summary>
    Array,
    /// <summary><c>const T*</c> to a shape without a count: an optional shape, staged behind a pointer.</summary>
    OptionalShape,
    /// <summary>Anything else behind a pointer: a raw pointer (output pointers, <c>void*</c>, counts with more meaning than a length).</summary>
    Pointer,
}
