using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit.Marshallers;

/// <summary>
/// A span passed as a C string (<c>[MarshalAs(LPUTF8Str or LPWStr)]</c>): a NUL-terminated copy in the arena, transcoded
/// from UTF-16 to UTF-8 for a span of chars with LPUTF8Str, copied as it is otherwise. An empty span is an empty string.
/// </summary>
internal sealed class CStringMarshaller : ParameterOnlyMarshaller
{
    public override string NativeType(ElementModel element, ElementRole role) => element.Utf16 ? "char*" : "byte*";

    public override bool NeedsArena(ElementModel element) => true;

    public override void Stage(CodeWriter writer, ParameterModel parameter, string? fixedSlot)
    {
        ElementModel element = parameter.Element;
        string copy = element.Utf16 || element.ElementType == "byte" ? ".NulTerminated(" : ".Utf8(";
        writer.Line(NativeType(element, ElementRole.Parameter) + " " + Names.Native(parameter.Name) + " = " + Names.Staging + copy + Names.Lease + ", " + parameter.Name + ");");
    }
}
