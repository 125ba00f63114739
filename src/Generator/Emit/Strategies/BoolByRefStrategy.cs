using ParamArena.Generator.Model;

namespace ParamArena.Generator.Emit.Strategies;

/// <summary><c>ref</c>/<c>out</c>/<c>in bool</c>: a native BOOL local passed by address, copied back when writable.</summary>
internal sealed class BoolByRefStrategy : ParameterStrategy
{
    private static string ValueType(ParameterModel parameter) => parameter.NativeType.TrimEnd('*');

    public override void Stage(CodeWriter writer, ParameterModel parameter, string? fixedSlot)
    {
        string type = ValueType(parameter);
        string initial = parameter.RefKind == RefKindModel.Out ? "0" : "(" + type + ")(" + parameter.Name + " ? 1 : 0)";
        writer.Line(type + " " + Names.Local(parameter.Name, "value") + " = " + initial + ";");
    }

    public override string NativeArgument(ParameterModel parameter) => "&" + Names.Local(parameter.Name, "value");

    public override void CopyBack(CodeWriter writer, ParameterModel parameter)
    {
        if (parameter.RefKind is RefKindModel.Ref or RefKindModel.Out)
            writer.Line(parameter.Name + " = " + Names.Local(parameter.Name, "value") + " != 0;");
    }
}
