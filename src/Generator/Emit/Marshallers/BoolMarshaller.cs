using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit.Marshallers;

/// <summary><c>bool</c>: a 4-byte BOOL (or one byte); by reference through a native temporary copied back after the call.</summary>
internal sealed class BoolMarshaller : Marshaller
{
    private static string ValueType(ElementModel element) => element.ByteBool ? "byte" : "int";

    public override string NativeType(ElementModel element, ElementRole role) => ValueType(element) + (element.ByReference ? "*" : "");

    private static string ToNative(ElementModel element, string value) => "(" + ValueType(element) + ")(" + value + " ? 1 : 0)";

    public override void Stage(CodeWriter writer, ParameterModel parameter, string? fixedSlot)
    {
        if (!parameter.Element.ByReference) return;
        string initial = parameter.Element.RefKind == RefKindModel.Out ? "0" : ToNative(parameter.Element, parameter.Name);
        writer.Line(ValueType(parameter.Element) + " " + Names.Local(parameter.Name, "value") + " = " + initial + ";");
    }

    public override string NativeArgument(ParameterModel parameter) =>
        parameter.Element.ByReference ? "&" + Names.Local(parameter.Name, "value") : ToNative(parameter.Element, parameter.Name);

    public override void CopyBack(CodeWriter writer, ParameterModel parameter)
    {
        if (parameter.Element.RefKind is RefKindModel.Ref or RefKindModel.Out)
            writer.Line(parameter.Name + " = " + Names.Local(parameter.Name, "value") + " != 0;");
    }

    public override void StageField(CodeWriter writer, ElementModel element, string target, string source) => writer.Line(target + " = " + ToNative(element, source) + ";");

    public override void ReadField(CodeWriter writer, ElementModel element, string target, string source, string? count) => writer.Line(target + " = " + source + " != 0;");

    public override void ConvertReturn(CodeWriter writer, ElementModel element) => writer.Line(Names.ReturnValue + " = " + Names.NativeReturnValue + " != 0;");
}
