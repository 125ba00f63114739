using ParamArena.Generator.Model;

namespace ParamArena.Generator.Emit.Strategies;

/// <summary><c>string</c>: NUL-terminated UTF-8 (or UTF-16) copied into the arena; null stays null.</summary>
internal sealed class StringStrategy : ParameterStrategy
{
    public override bool NeedsArena => true;

    public override void Stage(CodeWriter writer, ParameterModel parameter, string? fixedSlot) =>
        writer.Line(parameter.NativeType + " " + Names.Native(parameter.Name) + " = " + Names.Lease + (parameter.Utf16 ? ".Utf16(" : ".Utf8(") + parameter.Name + ");");

    public override string NativeArgument(ParameterModel parameter) => Names.Native(parameter.Name);
}
