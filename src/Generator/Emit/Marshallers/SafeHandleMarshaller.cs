using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit.Marshallers;

/// <summary>
/// A <c>SafeHandle</c>: by value it is add-ref'd before the call (so it cannot be released mid-call) and released
/// after; received with <c>out</c> or returned, the handle object is created before the call (so no native handle
/// can be lost to an allocation failure after it) and set from the native value after.
/// </summary>
internal sealed class SafeHandleMarshaller : Marshaller
{
    public override string NativeType(ElementModel element, ElementRole role) => element.RefKind == RefKindModel.Out ? "nint*" : "nint";

    public override bool NeedsCleanup(ElementModel element) => element.RefKind == RefKindModel.None;

    public override void Setup(CodeWriter writer, ParameterModel parameter)
    {
        if (parameter.Element.RefKind != RefKindModel.None) return;
        writer.Line("if (" + parameter.Name + " is null) throw new global::System.ArgumentNullException(nameof(" + parameter.Name + "));");
        writer.Line("bool " + Names.Local(parameter.Name, "addRefd") + " = false;");
    }

    public override void Stage(CodeWriter writer, ParameterModel parameter, string? fixedSlot)
    {
        if (parameter.Element.RefKind == RefKindModel.Out)
        {
            writer.Line(parameter.Element.ElementType + " " + Names.Local(parameter.Name, "handle") + " = new " + parameter.Element.ElementType + "();");
            writer.Line("nint " + Names.Native(parameter.Name) + " = 0;");
            return;
        }
        writer.Line(parameter.Name + ".DangerousAddRef(ref " + Names.Local(parameter.Name, "addRefd") + ");");
        writer.Line("nint " + Names.Native(parameter.Name) + " = " + parameter.Name + ".DangerousGetHandle();");
    }

    public override string NativeArgument(ParameterModel parameter) =>
        parameter.Element.RefKind == RefKindModel.Out ? "&" + Names.Native(parameter.Name) : Names.Native(parameter.Name);

    public override void CopyBack(CodeWriter writer, ParameterModel parameter)
    {
        if (parameter.Element.RefKind != RefKindModel.Out) return;
        writer.Line(Names.Marshal + ".InitHandle(" + Names.Local(parameter.Name, "handle") + ", " + Names.Native(parameter.Name) + ");");
        writer.Line(parameter.Name + " = " + Names.Local(parameter.Name, "handle") + ";");
    }

    public override void Cleanup(CodeWriter writer, ParameterModel parameter)
    {
        if (parameter.Element.RefKind == RefKindModel.None)
            writer.Line("if (" + Names.Local(parameter.Name, "addRefd") + ") " + parameter.Name + ".DangerousRelease();");
    }

    // The resolver refuses handles in shapes: native memory cannot keep one alive.
    public override void StageField(CodeWriter writer, ElementModel element, string target, string source) =>
        throw new System.InvalidOperationException("SafeHandle fields are refused by the resolver.");

    public override void ReadField(CodeWriter writer, ElementModel element, string target, string source, string? count) =>
        throw new System.InvalidOperationException("SafeHandle fields are refused by the resolver.");

    public override void DeclareReturn(CodeWriter writer, ElementModel element) =>
        writer.Line(element.ElementType + " " + Names.ReturnValue + " = new " + element.ElementType + "();");

    public override void ConvertReturn(CodeWriter writer, ElementModel element) =>
        writer.Line(Names.Marshal + ".InitHandle(" + Names.ReturnValue + ", " + Names.NativeReturnValue + ");");
}
