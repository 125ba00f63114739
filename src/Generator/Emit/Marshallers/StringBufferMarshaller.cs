using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit.Marshallers;

/// <summary>
/// An <c>out</c> string written into a caller buffer (<c>[ArenaStringBuffer]</c>): the buffer is staged in the arena with
/// its capacity passed beside it; while the function reports it too small, the capacity doubles (up to the maximum) and
/// the call repeats. After the call the string is decoded from the buffer (NUL-terminated, or as long as the return says).
/// </summary>
internal sealed class StringBufferMarshaller : ParameterOnlyMarshaller
{
    private static string Unit(ElementModel element) => element.Utf16 ? "char" : "byte";

    public override string NativeType(ElementModel element, ElementRole role) => Unit(element) + "*";

    public override bool NeedsArena(ElementModel element) => true;

    public override void Stage(CodeWriter writer, ParameterModel parameter, string? fixedSlot)
    {
        StringBufferModel buffer = parameter.Element.Buffer!;
        writer.Line(buffer.CapacityType + " " + Names.Count(parameter.Name) + " = " + buffer.InitialCapacity + ";");
        writer.Line(NativeType(parameter.Element, ElementRole.Parameter) + " " + Names.Native(parameter.Name) + ";");
    }

    public override void BeforeInvoke(CodeWriter writer, ParameterModel parameter)
    {
        writer.Open("while (true)");
        writer.Line(Names.Native(parameter.Name) + " = " + Names.Lease + ".AllocUninitialized<" + Unit(parameter.Element) + ">((int)" + Names.Count(parameter.Name) + ");");
    }

    public override void AfterInvoke(CodeWriter writer, ParameterModel parameter, string returned)
    {
        StringBufferModel buffer = parameter.Element.Buffer!;
        string capacity = Names.Count(parameter.Name);
        string fits = buffer.ReturnsLength
            ? "(long)" + returned + " < (long)" + capacity
            : "(nint)" + returned + " != 0 || " + Names.Marshal + ".GetLastSystemError() != " + buffer.Errno;
        writer.Line("if (" + fits + " || " + capacity + " >= " + buffer.MaxCapacity + ") break;");
        writer.Line(capacity + " = (" + buffer.CapacityType + ")global::System.Math.Min((long)" + capacity + " * 2, " + buffer.MaxCapacity + ");");
        writer.Close();
    }

    public override void CopyBack(CodeWriter writer, ParameterModel parameter)
    {
        ElementModel element = parameter.Element;
        string native = Names.Native(parameter.Name);
        string nullable = element.MayBeNull ? "" : "!";
        if (element.Buffer!.ReturnsLength)
        {
            // Never past the buffer, even when a function reports a length beyond the capacity it was given.
            string length = "(int)global::System.Math.Min((long)" + Names.ReturnValue + ", (long)" + Names.Count(parameter.Name) + ")";
            string decode = element.Utf16
                ? "new string(" + native + ", 0, " + length + ")"
                : "global::System.Text.Encoding.UTF8.GetString(" + native + ", " + length + ")";
            writer.Line(parameter.Name + " = (long)" + Names.ReturnValue + " < 0 ? null" + nullable + " : " + decode + ";");
        }
        else
        {
            writer.Line(parameter.Name + " = (nint)" + Names.ReturnValue + " == 0 ? null" + nullable + " : " + StringMarshaller.Decode(element, native) + ";");
        }
    }
}
