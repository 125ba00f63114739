using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit.Marshallers;

/// <summary><c>char</c>: a 16-bit code unit; by reference, pinned in place.</summary>
internal sealed class CharMarshaller : Marshaller
{
    public override string NativeType(ElementModel element, ElementRole role) => element.ByReference ? "char*" : "ushort";

    public override void Setup(CodeWriter writer, ParameterModel parameter)
    {
        if (parameter.Element.RefKind == RefKindModel.Out) writer.Line(parameter.Name + " = default;");
    }

    public override string? Pin(ParameterModel parameter) => parameter.Element.ByReference
        ? "fixed (char* " + Names.Native(parameter.Name) + " = &" + parameter.Name + ")"
        : null;

    public override string NativeArgument(ParameterModel parameter) => parameter.Element.ByReference ? Names.Native(parameter.Name) : "(ushort)" + parameter.Name;

    public override void StageField(CodeWriter writer, ElementModel element, string target, string source) => writer.Line(target + " = (ushort)" + source + ";");

    public override void ReadField(CodeWriter writer, ElementModel element, string target, string source, string? count) => writer.Line(target + " = (char)" + source + ";");

    public override void ConvertReturn(CodeWriter writer, ElementModel element) => writer.Line(Names.ReturnValue + " = (char)" + Names.NativeReturnValue + ";");
}
