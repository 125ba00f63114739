using ParamArena.Generator.Model;

namespace ParamArena.Generator.Emit.Strategies;

/// <summary>An array or span of shapes: staged as an array of <c>Native</c> structs; null or empty gives null.</summary>
internal sealed class ShapeArrayStrategy : ParameterStrategy
{
    public override bool NeedsArena => true;

    public override void Stage(CodeWriter writer, ParameterModel parameter, string? fixedSlot) =>
        writer.Line(parameter.NativeType + " " + Names.Native(parameter.Name) + " = " + parameter.ElementType + ".StageArray(" + Names.Lease + ", " + parameter.Name + ");");

    public override string NativeArgument(ParameterModel parameter) => Names.Native(parameter.Name);
}
