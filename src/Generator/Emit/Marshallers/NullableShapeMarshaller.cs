using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit.Marshallers;

/// <summary>An optional shape (<c>Shape?</c>): a pointer to its staged <c>Native</c>, or null; read back (a field or a returned pointer), null stays null.</summary>
internal sealed class NullableShapeMarshaller : Marshaller
{
    public override string NativeType(ElementModel element, ElementRole role) => element.ShapeNative + "*";

    public override bool NeedsArena(ElementModel element) => true;

    public override string? FixedStagingType(ElementModel element) => element.ShapeNative!;

    // GetValueRefOrDefaultRef reads the value in place instead of copying the whole shape out of the Nullable.
    private static string InPlace(string value) => "global::System.Nullable.GetValueRefOrDefaultRef(in " + value + ")";

    private static string ReadOptional(ElementModel element, string source) =>
        Names.Staging + ".ReadOptional<" + element.ElementType + ", " + element.ShapeNative + ">(" + source + ")";

    public override void Stage(CodeWriter writer, ParameterModel parameter, string? fixedSlot)
    {
        string native = Names.Native(parameter.Name);
        writer.Line(parameter.Element.ShapeNative + "* " + native + " = null;");
        writer.Open("if (" + parameter.Name + ".HasValue)");
        writer.Line(native + " = " + fixedSlot + ";");
        writer.Line(ShapeMarshaller.StageInto(parameter.Element, Names.Lease, InPlace(parameter.Name), native) + ";");
        writer.Close();
    }

    public override void StageField(CodeWriter writer, ElementModel element, string target, string source) =>
        writer.Line(target + " = " + source + ".HasValue ? " + Names.Staging + ".Stage<" + element.ElementType + ", " + element.ShapeNative + ">(lease, in " + InPlace(source) + ") : null;");

    public override void ReadField(CodeWriter writer, ElementModel element, string target, string source, string? count) =>
        writer.Line(target + " = " + ReadOptional(element, source) + ";");

    public override void ConvertReturn(CodeWriter writer, ElementModel element) =>
        writer.Line(Names.ReturnValue + " = " + ReadOptional(element, Names.NativeReturnValue) + ";");
}
