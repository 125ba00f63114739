using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit.Marshallers;

/// <summary>An array or span of strings: a pointer array of NUL-terminated strings in the arena; null or empty gives null.</summary>
internal sealed class StringSequenceMarshaller : Marshaller
{
    public override string NativeType(ElementModel element, ElementRole role) => element.Utf16 ? "char**" : "byte**";

    public override bool NeedsArena(ElementModel element) => true;

    private static string Stage(ElementModel element, string lease, string value) =>
        Names.Staging + (element.Utf16 ? ".Utf16Array(" : ".Utf8Array(") + lease + ", " + value + ")";

    public override void Stage(CodeWriter writer, ParameterModel parameter, string? fixedSlot) =>
        writer.Line(MarshallerFor.NativeType(parameter) + " " + Names.Native(parameter.Name) + " = " + Stage(parameter.Element, Names.Lease, parameter.Name) + ";");

    public override void StageField(CodeWriter writer, ElementModel element, string target, string source) =>
        writer.Line(target + " = " + Stage(element, "lease", source) + ";");

    public override void ReadField(CodeWriter writer, ElementModel element, string target, string source, string? count) =>
        writer.Line(target + " = " + Names.Staging + (element.Utf16 ? ".ReadUtf16Array(" : ".ReadUtf8Array(") + source + ", " + count + ")!;");
}
