using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit.Marshallers;

/// <summary><c>string</c>: NUL-terminated UTF-8 (or UTF-16) copied into the arena, null stays null; a return is decoded, not freed.</summary>
internal sealed class StringMarshaller : Marshaller
{
    public override string NativeType(ElementModel element, ElementRole role) => element.Utf16 ? "char*" : "byte*";

    public override bool NeedsArena(ElementModel element) => true;

    private static string Encode(ElementModel element, string lease, string value) => lease + (element.Utf16 ? ".Utf16(" : ".Utf8(") + value + ")";

    public override void Stage(CodeWriter writer, ParameterModel parameter, string? fixedSlot) =>
        writer.Line(MarshallerFor.NativeType(parameter) + " " + Names.Native(parameter.Name) + " = " + Encode(parameter.Element, Names.Lease, parameter.Name) + ";");

    public override void StageField(CodeWriter writer, ElementModel element, string target, string source) =>
        writer.Line(target + " = " + Encode(element, "lease", source) + ";");

    // The function returned a const char* it still owns; a non-nullable string return trusts the declaration, as LibraryImport does.
    public override void ConvertReturn(CodeWriter writer, ElementModel element) =>
        writer.Line(Names.ReturnValue + " = " + Names.Marshal + (element.Utf16 ? ".PtrToStringUni" : ".PtrToStringUTF8") + "((nint)" + Names.NativeReturnValue + ")"
            + (element.MayBeNull ? "" : "!") + ";");
}
