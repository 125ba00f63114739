using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit.Marshallers;

/// <summary>Blittable arrays and spans: a parameter is pinned, not copied (<c>fixed</c> gives null for null or empty); a field is copied into the arena.</summary>
internal sealed class BlittableSequenceMarshaller : Marshaller
{
    public override string NativeType(ElementModel element, ElementRole role) => element.ElementType + "*";

    public override string? Pin(ParameterModel parameter) =>
        "fixed (" + MarshallerFor.NativeType(parameter) + " " + Names.Native(parameter.Name) + " = " + parameter.Name + ")";

    public override void StageField(CodeWriter writer, ElementModel element, string target, string source) =>
        writer.Line(target + " = " + Names.Staging + ".Copy<" + element.ElementType + ">(lease, " + source + ");");

    public override void ReadField(CodeWriter writer, ElementModel element, string target, string source, string? count) =>
        writer.Line(target + " = " + Names.Staging + ".ReadArray<" + element.ElementType + ">(" + source + ", " + count + ")!;");
}
