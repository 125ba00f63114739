namespace ParamArena.Marshalling;

/// <summary>The resolver's answer for one parameter, return or field: which marshaller, and the facts it needs.</summary>
/// <param name="Kind">The marshaller.</param>
/// <param name="ManagedType">The element's managed type, fully qualified (with its nullable annotation).</param>
/// <param name="ElementType">The sequence element, shape, handle or value type, fully qualified, without annotation.</param>
/// <param name="RefKind">How a parameter is passed (None for returns and fields).</param>
/// <param name="IsArray">For sequences: an array (may be null) rather than a span.</param>
/// <param name="Utf16">Strings are UTF-16 rather than UTF-8.</param>
/// <param name="ByteBool">A bool is one byte rather than a 4-byte BOOL.</param>
/// <param name="MayBeNull">A returned string is annotated nullable.</param>
/// <param name="ShapeNative">For shapes: the generated native twin, fully qualified (<c>global::Ns.Shape.Native</c>).</param>
/// <param name="IsPointer">A pointer or function pointer (which cannot be a generic argument).</param>
/// <param name="FixedLength">For fixed-size buffers: the number of elements (code units for a string, the NUL included).</param>
/// <param name="Free">For returned and out/ref strings: how the caller frees the native string after decoding it, or null.</param>
/// <param name="Buffer">For <see cref="MarshallerKind.StringBuffer"/>: the buffer's capacity and retry rules.</param>
/// <param name="ChainHead">For a chain type parameter: its head shape, fully qualified (<see cref="ElementType"/> is the type parameter).</param>
internal sealed record ElementModel(
    MarshallerKind Kind,
    string ManagedType,
    string ElementType,
    RefKindModel RefKind,
    bool IsArray,
    bool Utf16,
    bool ByteBool,
    bool MayBeNull,
    string? ShapeNative = null,
    bool IsPointer = false,
    int FixedLength = 0,
    FreeModel? Free = null,
    StringBufferModel? Buffer = null,
    string? ChainHead = null)
{
    /// <summary>True when the stub copies the element into the arena (as opposed to passing or pinning it).</summary>
    public bool IsStaged => Kind is MarshallerKind.String or MarshallerKind.StringSequence or MarshallerKind.Shape
        or MarshallerKind.NullableShape or MarshallerKind.ShapeSequence or MarshallerKind.StringBuffer or MarshallerKind.CString
        || (Kind == MarshallerKind.StringOut && RefKind == RefKindModel.Ref);

    /// <summary>True when the element is passed by reference (pinned or through a temporary).</summary>
    public bool ByReference => RefKind != RefKindModel.None;
}
