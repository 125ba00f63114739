using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit.Marshallers;

/// <summary>
/// An <c>out</c> / <c>ref</c> string through a <c>const char**</c>: the callee points the native local at a string, which is
/// decoded after the call and, with <c>[ArenaFree]</c>, freed. A <c>ref</c> string is staged in the arena first; the
/// callee may leave the pointer in it (at its start or moved along it), which is then not freed.
/// </summary>
internal sealed class StringOutMarshaller : ParameterOnlyMarshaller
{
    private static string CharPointer(ElementModel element) => element.Utf16 ? "char*" : "byte*";

    public override string NativeType(ElementModel element, ElementRole role) => CharPointer(element) + "*";

    public override bool NeedsArena(ElementModel element) => element.RefKind == RefKindModel.Ref;

    public override void Stage(CodeWriter writer, ParameterModel parameter, string? fixedSlot)
    {
        ElementModel element = parameter.Element;
        string native = Names.Native(parameter.Name);
        if (element.RefKind != RefKindModel.Ref)
        {
            writer.Line(CharPointer(element) + " " + native + " = null;");
            return;
        }
        writer.Line(CharPointer(element) + " " + native + " = " + Names.Lease + (element.Utf16 ? ".Utf16(" : ".Utf8(") + parameter.Name + ");");
        if (element.Free is not null) writer.Line(CharPointer(element) + " " + Names.Local(parameter.Name, "staged") + " = " + native + ";");
    }

    public override string NativeArgument(ParameterModel parameter) => "&" + Names.Native(parameter.Name);

    public override void CopyBack(CodeWriter writer, ParameterModel parameter)
    {
        ElementModel element = parameter.Element;
        string native = Names.Native(parameter.Name);
        writer.Line(parameter.Name + " = " + StringMarshaller.Decode(element, native) + ";");
        if (element.Free is not { } free) return;
        // The staged input (or a cursor the callee moved along it) is the arena's; only a string the callee put in its place is the caller's to free.
        string staged = Names.Local(parameter.Name, "staged");
        if (element.RefKind == RefKindModel.Ref)
            writer.Line("if (" + native + " >= " + staged + " && " + native + " <= " + staged + " + global::System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpanFromNullTerminated("
                + staged + ").Length) " + native + " = null;");
        writer.Line(FreeCalls.Statement(free, native));
    }
}
