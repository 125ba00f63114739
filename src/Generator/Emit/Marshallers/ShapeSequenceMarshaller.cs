using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit.Marshallers;

/// <summary>An array or span of shapes: staged as a contiguous array of <c>Native</c> structs; null or empty gives null.</summary>
internal sealed class ShapeSequenceMarshaller : Marshaller
{
    public override string NativeType(ElementModel element, ElementRole role) => element.ShapeNative + "*";

    public override bool NeedsArena(ElementModel element) => true;

    private static string Stage(ElementModel element, string lease, string value) => Names.Staging + ".StageArray<" + element.ElementType + ", " + element.ShapeNative + ">(" + lease + ", " + value + ")";

    public override void Stage(CodeWriter writer, ParameterModel parameter, string? fixedSlot) =>
        writer.Line(MarshallerFor.NativeType(parameter) + " " + Names.Native(parameter.Name) + " = " + Stage(parameter.Element, Names.Lease, parameter.Name) + ";");

    public override void StageField(CodeWriter writer, ElementModel element, string target, string source) =>
        writer.Line(target + " = " + Stage(element, "lease", source) + ";");

    public override void ReadField(CodeWriter writer, ElementModel element, string target, string source, string? count) =>
        writer.Line(target + " = " + Names.Staging + ".ReadArray<" + element.ElementType + ", " + element.ShapeNative + ">(" + source + ", " + count + ")!;");
}
