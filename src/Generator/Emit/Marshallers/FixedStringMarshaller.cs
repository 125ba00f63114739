using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit.Marshallers;

/// <summary>
/// An <c>[ArenaFixedLength]</c> string field: encoded in place into the native struct's fixed-size buffer (too long
/// throws, naming the field; the rest is zeroed), and decoded up to the first NUL when read back. Fields only.
/// </summary>
internal sealed class FixedStringMarshaller : Marshaller
{
    public override string NativeType(ElementModel element, ElementRole role) => element.Utf16 ? "ushort" : "byte";

    // A UTF-16 buffer is declared ushort (char is not blittable); its address is a char* for the helpers.
    private static string Buffer(ElementModel element, string field) => element.Utf16 ? "(char*)" + field : field;

    public override void StageField(CodeWriter writer, ElementModel element, string target, string source) =>
        writer.Line(Names.Staging + (element.Utf16 ? ".StageFixedUtf16(" : ".StageFixedUtf8(") + source + ", " + Buffer(element, target) + ", " + element.FixedLength
            + ", nameof(" + source + "));");

    public override void ReadField(CodeWriter writer, ElementModel element, string target, string source, string? count) =>
        writer.Line(target + " = " + Names.Staging + (element.Utf16 ? ".ReadFixedUtf16(" : ".ReadFixedUtf8(") + Buffer(element, source) + ", " + element.FixedLength + ");");
}
