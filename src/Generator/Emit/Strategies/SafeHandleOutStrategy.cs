using ParamArena.Generator.Model;

namespace ParamArena.Generator.Emit.Strategies;

/// <summary>
/// An <c>out</c> <c>SafeHandle</c>: the handle object is created before the call (so no native handle can be
/// lost to an allocation failure after it) and set from the native value after.
/// </summary>
internal sealed class SafeHandleOutStrategy : ParameterStrategy
{
    public override void Stage(CodeWriter writer, ParameterModel parameter, string? fixedSlot)
    {
        writer.Line(parameter.ElementType + " " + Names.Local(parameter.Name, "handle") + " = new " + parameter.ElementType + "();");
        writer.Line("nint " + Names.Native(parameter.Name) + " = 0;");
    }

    public override string NativeArgument(ParameterModel parameter) => "&" + Names.Native(parameter.Name);

    public override void CopyBack(CodeWriter writer, ParameterModel parameter)
    {
        writer.Line(Names.Marshal + ".InitHandle(" + Names.Local(parameter.Name, "handle") + ", " + Names.Native(parameter.Name) + ");");
        writer.Line(parameter.Name + " = " + Names.Local(parameter.Name, "handle") + ";");
    }
}
