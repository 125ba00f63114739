using ParamArena.Generator.Model;

namespace ParamArena.Generator.Emit.Strategies;

/// <summary>Blittable arrays and spans: pinned, not copied; <c>fixed</c> gives null for null or empty.</summary>
internal sealed class ArrayOrSpanPinnedStrategy : ParameterStrategy
{
    public override string? Pin(ParameterModel parameter) =>
        "fixed (" + parameter.NativeType + " " + Names.Native(parameter.Name) + " = " + parameter.Name + ")";

    public override string NativeArgument(ParameterModel parameter) => Names.Native(parameter.Name);
}
