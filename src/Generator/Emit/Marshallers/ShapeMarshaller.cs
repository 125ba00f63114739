using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit.Marshallers;

/// <summary>
/// An <c>[ArenaStruct]</c> shape: as a parameter its <c>Native</c> takes a slot of the stub's fixed-size bump and is
/// filled by the shape's <c>StageInto</c> (passed by value, or its address for <c>in</c>); as a field it is embedded.
/// </summary>
internal sealed class ShapeMarshaller : Marshaller
{
    public override string NativeType(ElementModel element, ElementRole role) => element.ShapeNative + (element.ByReference ? "*" : "");

    public override bool NeedsArena(ElementModel element) => true;

    public override string? FixedStagingType(ElementModel element) => element.ShapeNative!;

    public override void Stage(CodeWriter writer, ParameterModel parameter, string? fixedSlot)
    {
        writer.Line(parameter.Element.ShapeNative + "* " + Names.Native(parameter.Name) + " = " + fixedSlot + ";");
        writer.Line(StageInto(parameter.Element, Names.Lease, parameter.Name, Names.Native(parameter.Name)) + ";");
    }

    public override string NativeArgument(ParameterModel parameter) =>
        parameter.Element.ByReference ? Names.Native(parameter.Name) : "*" + Names.Native(parameter.Name);

    public override void StageField(CodeWriter writer, ElementModel element, string target, string source) =>
        writer.Line(StageInto(element, "lease", source, "&" + target) + ";");

    /// <summary>A call of the shape's <c>StageInto</c>, through the runtime so the explicit implementation is reached without boxing.</summary>
    public static string StageInto(ElementModel element, string lease, string value, string destination) => element.ChainHead is not null
        ? Names.Staging + ".StageChain<" + element.ElementType + ", " + element.ChainHead + ">(" + lease + ", in " + value + ", " + destination + ")"
        : Names.Staging + ".StageInto<" + element.ElementType + ", " + element.ShapeNative + ">(" + lease + ", in " + value + ", " + destination + ")";
}
