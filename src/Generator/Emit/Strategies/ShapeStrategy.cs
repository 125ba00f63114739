using ParamArena.Generator.Model;

namespace ParamArena.Generator.Emit.Strategies;

/// <summary>
/// An <c>[ArenaStruct]</c> shape passed by value or <c>in</c>: its <c>Native</c> struct takes a slot of the
/// stub's fixed-size bump and is filled by the shape's <c>StageInto</c>.
/// </summary>
internal sealed class ShapeStrategy : ParameterStrategy
{
    public override bool NeedsArena => true;

    public override string? FixedStagingType(ParameterModel parameter) => parameter.ElementType + ".Native";

    public override void Stage(CodeWriter writer, ParameterModel parameter, string? fixedSlot)
    {
        writer.Line(parameter.ElementType + ".Native* " + Names.Native(parameter.Name) + " = " + fixedSlot + ";");
        writer.Line(parameter.Name + ".StageInto(" + Names.Lease + ", " + Names.Native(parameter.Name) + ");");
    }

    public override string NativeArgument(ParameterModel parameter) =>
        parameter.Kind == MarshalKind.ShapeValue ? "*" + Names.Native(parameter.Name) : Names.Native(parameter.Name);
}
