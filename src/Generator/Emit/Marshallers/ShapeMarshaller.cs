using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit.Marshallers;

/// <summary>
/// An <c>[ArenaStruct]</c> shape: as a parameter its <c>Native</c> takes a slot of the stub's fixed-size bump and is
/// filled by the shape's <c>StageInto</c> (passed by value, or its address for <c>in</c> and <c>ref</c>; for <c>out</c>
/// zeroed for the callee to fill), and <c>ref</c> and <c>out</c> are read back after the call; as a field it is
/// embedded; as a return it is read from the returned <c>Native</c>. A chain type parameter stages its head here and its
/// links in the arena, and <c>ref</c> reads every link back.
/// </summary>
internal sealed class ShapeMarshaller : Marshaller
{
    public override string NativeType(ElementModel element, ElementRole role) => element.ShapeNative + (element.ByReference ? "*" : "");

    public override bool NeedsArena(ElementModel element) => true;

    public override string? FixedStagingType(ElementModel element) => element.ShapeNative!;

    public override void Stage(CodeWriter writer, ParameterModel parameter, string? fixedSlot)
    {
        string native = Names.Native(parameter.Name);
        writer.Line(parameter.Element.ShapeNative + "* " + native + " = " + fixedSlot + ";");
        if (parameter.Element.RefKind == RefKindModel.Out) writer.Line("*" + native + " = default;");
        else writer.Line(StageInto(parameter.Element, Names.Lease, parameter.Name, native) + ";");
    }

    public override string NativeArgument(ParameterModel parameter) =>
        parameter.Element.ByReference ? Names.Native(parameter.Name) : "*" + Names.Native(parameter.Name);

    public override void CopyBack(CodeWriter writer, ParameterModel parameter)
    {
        if (parameter.Element.ChainHead is not null && parameter.Element.RefKind == RefKindModel.Ref)
            writer.Line(Names.Staging + ".ReadChain<" + parameter.Element.ElementType + ", " + parameter.Element.ChainHead + ">(" + Names.Native(parameter.Name) + ", ref " + parameter.Name + ");");
        else if (parameter.Element.RefKind is RefKindModel.Ref or RefKindModel.Out)
            writer.Line(Read(parameter.Element, Names.Native(parameter.Name), parameter.Name) + ";");
    }

    public override void StageField(CodeWriter writer, ElementModel element, string target, string source) =>
        writer.Line(StageInto(element, "lease", source, "&" + target) + ";");

    public override void ReadField(CodeWriter writer, ElementModel element, string target, string source, string? count) =>
        writer.Line(Read(element, "&" + source, target) + ";");

    public override void ConvertReturn(CodeWriter writer, ElementModel element) =>
        writer.Line(Read(element, "&" + Names.NativeReturnValue, Names.ReturnValue) + ";");

    /// <summary>A call of the shape's <c>StageInto</c>, through the runtime so the explicit implementation is reached without boxing.</summary>
    public static string StageInto(ElementModel element, string lease, string value, string destination) => element.ChainHead is not null
        ? Names.Staging + ".StageChain<" + element.ElementType + ", " + element.ChainHead + ">(" + lease + ", in " + value + ", " + destination + ")"
        : Names.Staging + ".StageInto<" + element.ElementType + ", " + element.ShapeNative + ">(" + lease + ", in " + value + ", " + destination + ")";

    /// <summary>A call of the shape's <c>Read</c> into <paramref name="target"/>, without copying the shape on return.</summary>
    private static string Read(ElementModel element, string source, string target) =>
        Names.Staging + ".Read<" + element.ElementType + ", " + element.ShapeNative + ">(" + source + ", out " + target + ")";
}
