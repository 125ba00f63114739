using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit.Marshallers;

/// <summary>Primitives, enums, pointers, function pointers and blittable structs: passed as they are; by reference, pinned in place.</summary>
internal sealed class BlittableMarshaller : Marshaller
{
    public override string NativeType(ElementModel element, ElementRole role) => element.ByReference ? element.ManagedType + "*" : element.ManagedType;

    public override void Setup(CodeWriter writer, ParameterModel parameter)
    {
        // An out parameter must be definitely assigned before its address is taken; native code writes it.
        if (parameter.Element.RefKind != RefKindModel.Out) return;
        // Pointer types cannot be generic arguments (CS0306), so SkipInit<T> is out for them; a null store is as cheap.
        if (parameter.Element.IsPointer) writer.Line(parameter.Name + " = null;");
        else writer.Line("global::System.Runtime.CompilerServices.Unsafe.SkipInit(out " + parameter.Name + ");");
    }

    public override string? Pin(ParameterModel parameter) => parameter.Element.ByReference
        ? "fixed (" + MarshallerFor.NativeType(parameter) + " " + Names.Native(parameter.Name) + " = &" + parameter.Name + ")"
        : null;

    public override string NativeArgument(ParameterModel parameter) => parameter.Element.ByReference ? Names.Native(parameter.Name) : parameter.Name;

    public override void StageField(CodeWriter writer, ElementModel element, string target, string source) => writer.Line(target + " = " + source + ";");

    public override void ReadField(CodeWriter writer, ElementModel element, string target, string source, string? count) => writer.Line(target + " = " + source + ";");

    // The callee's value as it is; 'in' refers to the native memory itself, which the caller keeps alive during the call.
    public override string ReadArgument(CodeWriter writer, ParameterModel parameter, string? count) =>
        (parameter.Element.ByReference ? "in *" : "") + Names.Native(parameter.Name);

    public override bool ReturnsAsIs => true;
}
