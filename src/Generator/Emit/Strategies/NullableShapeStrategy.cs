using ParamArena.Generator.Model;

namespace ParamArena.Generator.Emit.Strategies;

/// <summary>A nullable shape: a pointer to its staged <c>Native</c> struct, or null.</summary>
internal sealed class NullableShapeStrategy : ParameterStrategy
{
    public override bool NeedsArena => true;

    public override string? FixedStagingType(ParameterModel parameter) => parameter.ElementType + ".Native";

    public override void Stage(CodeWriter writer, ParameterModel parameter, string? fixedSlot)
    {
        string native = Names.Native(parameter.Name);
        writer.Line(parameter.ElementType + ".Native* " + native + " = null;");
        writer.Open("if (" + parameter.Name + ".HasValue)");
        writer.Line(native + " = " + fixedSlot + ";");
        // GetValueRefOrDefaultRef reads the value in place instead of copying the whole shape out of the Nullable.
        writer.Line("global::System.Nullable.GetValueRefOrDefaultRef(in " + parameter.Name + ").StageInto(" + Names.Lease + ", " + native + ");");
        writer.Close();
    }

    public override string NativeArgument(ParameterModel parameter) => Names.Native(parameter.Name);
}
