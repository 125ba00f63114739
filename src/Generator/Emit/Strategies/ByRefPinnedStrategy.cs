using ParamArena.Generator.Model;

namespace ParamArena.Generator.Emit.Strategies;

/// <summary><c>in</c>/<c>ref</c>/<c>out</c> of a blittable type: the managed location is pinned, its address passed.</summary>
internal sealed class ByRefPinnedStrategy : ParameterStrategy
{
    public override void Setup(CodeWriter writer, ParameterModel parameter)
    {
        // An out parameter must be definitely assigned before its address is taken; native code writes it.
        if (parameter.RefKind == RefKindModel.Out) writer.Line("global::System.Runtime.CompilerServices.Unsafe.SkipInit(out " + parameter.Name + ");");
    }

    public override string? Pin(ParameterModel parameter) =>
        "fixed (" + parameter.NativeType + " " + Names.Native(parameter.Name) + " = &" + parameter.Name + ")";

    public override string NativeArgument(ParameterModel parameter) => Names.Native(parameter.Name);
}
