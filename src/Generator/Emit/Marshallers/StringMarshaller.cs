using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit.Marshallers;

/// <summary>
/// <c>string</c>: as UTF-16 the string itself, pinned (a .NET string is NUL-terminated); as UTF-8 a NUL-terminated copy in
/// the stub's stack buffer (or lease) while there is room, in the arena otherwise. Null stays null; a
/// return is decoded, not freed.
/// </summary>
internal sealed class StringMarshaller : Marshaller
{
    public override string NativeType(ElementModel element, ElementRole role) => element.Utf16 ? "char*" : "byte*";

    public override bool NeedsArena(ElementModel element) => !element.Utf16;

    public override string? Pin(ParameterModel parameter) =>
        parameter.Element.Utf16 ? "fixed (char* " + Names.Native(parameter.Name) + " = " + parameter.Name + ")" : null;

    /// <summary>UTF-8 into the stub's stack buffer; one that does not fit gets a buffer of its worst case (up to MaxStackBytes), and the arena past that.</summary>
    public static void StageOnStack(CodeWriter writer, ParameterModel parameter)
    {
        string native = Names.Native(parameter.Name);
        writer.Open("if (!" + Names.Staging + ".TryUtf8(ref " + Names.Buffer + ", " + parameter.Name + ", out byte* " + native + "))");
        writer.Line(Names.Buffer + " = stackalloc byte[" + Names.Staging + ".Utf8StackSize(" + parameter.Name + ")];");
        writer.Line(native + " = " + Names.Staging + ".Utf8(ref " + Names.Lease + ", ref " + Names.Buffer + ", " + parameter.Name + ");");
        writer.Close();
    }

    private static string Encode(ElementModel element, string lease, string value) => lease + (element.Utf16 ? ".Utf16(" : ".Utf8(") + value + ")";

    public override void Stage(CodeWriter writer, ParameterModel parameter, string? fixedSlot)
    {
        if (!parameter.Element.Utf16) writer.Line(MarshallerFor.NativeType(parameter) + " " + Names.Native(parameter.Name) + " = " + Encode(parameter.Element, Names.Lease, parameter.Name) + ";");
    }

    public override void StageField(CodeWriter writer, ElementModel element, string target, string source) =>
        writer.Line(target + " = " + Encode(element, "lease", source) + ";");

    // A non-nullable string field trusts the native side, as a non-nullable return does.
    public override void ReadField(CodeWriter writer, ElementModel element, string target, string source, string? count) =>
        writer.Line(target + " = " + Names.Staging + (element.Utf16 ? ".ReadUtf16(" : ".ReadUtf8(") + source + ")" + (element.MayBeNull ? "" : "!") + ";");

    /// <summary>The expression that decodes the NUL-terminated native string <paramref name="pointer"/>.</summary>
    public static string Decode(ElementModel element, string pointer) =>
        Names.Marshal + (element.Utf16 ? ".PtrToStringUni" : ".PtrToStringUTF8") + "((nint)" + pointer + ")" + (element.MayBeNull ? "" : "!");

    // A const char* the function still owns is only decoded; one the caller owns ([ArenaFree]) is freed after.
    // A non-nullable string return trusts the declaration, as LibraryImport does.
    public override void ConvertReturn(CodeWriter writer, ElementModel element)
    {
        writer.Line(Names.ReturnValue + " = " + Decode(element, Names.NativeReturnValue) + ";");
        if (element.Free is { } free) writer.Line(FreeCalls.Statement(free, Names.NativeReturnValue));
    }
}
