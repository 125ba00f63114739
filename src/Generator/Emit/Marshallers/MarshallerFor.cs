using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit.Marshallers;

/// <summary>The marshaller of each <see cref="MarshallerKind"/> (they hold no state, so one of each is shared).</summary>
internal static class MarshallerFor
{
    private static readonly Marshaller s_blittable = new BlittableMarshaller();
    private static readonly Marshaller s_bool = new BoolMarshaller();
    private static readonly Marshaller s_char = new CharMarshaller();
    private static readonly Marshaller s_string = new StringMarshaller();
    private static readonly Marshaller s_stringSequence = new StringSequenceMarshaller();
    private static readonly Marshaller s_blittableSequence = new BlittableSequenceMarshaller();
    private static readonly Marshaller s_shape = new ShapeMarshaller();
    private static readonly Marshaller s_nullableShape = new NullableShapeMarshaller();
    private static readonly Marshaller s_shapeSequence = new ShapeSequenceMarshaller();
    private static readonly Marshaller s_safeHandle = new SafeHandleMarshaller();
    private static readonly Marshaller s_fixedString = new FixedStringMarshaller();
    private static readonly Marshaller s_fixedArray = new FixedArrayMarshaller();
    private static readonly Marshaller s_enumeration = new EnumerationMarshaller();
    private static readonly Marshaller s_stringOut = new StringOutMarshaller();
    private static readonly Marshaller s_stringBuffer = new StringBufferMarshaller();
    private static readonly Marshaller s_cString = new CStringMarshaller();

    public static Marshaller Kind(MarshallerKind kind) => kind switch
    {
        MarshallerKind.Bool => s_bool,
        MarshallerKind.Char => s_char,
        MarshallerKind.String => s_string,
        MarshallerKind.StringSequence => s_stringSequence,
        MarshallerKind.BlittableSequence => s_blittableSequence,
        MarshallerKind.Shape => s_shape,
        MarshallerKind.NullableShape => s_nullableShape,
        MarshallerKind.ShapeSequence => s_shapeSequence,
        MarshallerKind.SafeHandle => s_safeHandle,
        MarshallerKind.FixedString => s_fixedString,
        MarshallerKind.FixedArray => s_fixedArray,
        MarshallerKind.Enumeration => s_enumeration,
        MarshallerKind.StringOut => s_stringOut,
        MarshallerKind.StringBuffer => s_stringBuffer,
        MarshallerKind.CString => s_cString,
        _ => s_blittable,
    };

    public static Marshaller Of(ElementModel element) => Kind(element.Kind);

    public static string NativeType(ParameterModel parameter) => Of(parameter.Element).NativeType(parameter.Element, ElementRole.Parameter);
}
