using ParamArena.Generator.Model;

namespace ParamArena.Generator.Emit.Strategies;

/// <summary><c>string[]</c> or a span of strings: an array of string pointers in the arena; null or empty gives null.</summary>
internal sealed class StringArrayStrategy : ParameterStrategy
{
    public override bool NeedsArena => true;

    public override void Stage(CodeWriter writer, ParameterModel parameter, string? fixedSlot) =>
        writer.Line(parameter.NativeType + " " + Names.Native(parameter.Name) + " = " + Names.Staging + (parameter.Utf16 ? ".Utf16Array(" : ".Utf8Array(") + Names.Lease + ", " + parameter.Name + ");");

    public override string NativeArgument(ParameterModel parameter) => Names.Native(parameter.Name);
}
