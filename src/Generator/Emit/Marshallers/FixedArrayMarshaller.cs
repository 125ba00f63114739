using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit.Marshallers;

/// <summary>
/// An <c>[ArenaFixedLength]</c> array field: copied in place into the native struct's fixed-size buffer (longer
/// throws, naming the field; shorter or null is followed by zeros), and copied into a new array when read back. Fields only.
/// </summary>
internal sealed class FixedArrayMarshaller : Marshaller
{
    public override string NativeType(ElementModel element, ElementRole role) => IsChar(element) ? "ushort" : element.ElementType;

    private static bool IsChar(ElementModel element) => element.ElementType == "char";

    // A char buffer is declared ushort (char is not blittable); its address is a char* for the helpers.
    private static string Buffer(ElementModel element, string field) => IsChar(element) ? "(char*)" + field : field;

    public override void StageField(CodeWriter writer, ElementModel element, string target, string source) =>
        writer.Line(Names.Staging + ".StageFixed<" + element.ElementType + ">(" + source + ", " + Buffer(element, target) + ", " + element.FixedLength + ", nameof(" + source + "));");

    public override void ReadField(CodeWriter writer, ElementModel element, string target, string source, string? count) =>
        writer.Line(target + " = " + Names.Staging + ".ReadFixed<" + element.ElementType + ">(" + Buffer(element, source) + ", " + element.FixedLength + ");");
}
