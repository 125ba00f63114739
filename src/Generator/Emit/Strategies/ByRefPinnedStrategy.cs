using ParamArena.Generator.Model;

namespace ParamArena.Generator.Emit.Strategies;

/// <summary><c>in</c>/<c>ref</c>/<c>out</c> of a blittable type: the managed location is pinned, its address passed.</summary>
internal sealed class ByRefPinnedStrategy : ParameterStrategy
{
    public override void Setup(CodeWriter writer, ParameterModel parameter)
    {
        // An out parameter must be definitely assigned before its address is taken; native code writes it.
        if (parameter.RefKind != RefKindModel.Out) return;
        // Pointer types cannot be generic arguments (CS0306), so SkipInit<T> is out for them; a null store is as cheap.
        if (IsPointer(parameter.ManagedType)) writer.Line(parameter.Name + " = null;");
        else writer.Line("global::System.Runtime.CompilerServices.Unsafe.SkipInit(out " + parameter.Name + ");");
    }

    private static bool IsPointer(string managedType) =>
        managedType.EndsWith("*", System.StringComparison.Ordinal) || managedType.StartsWith("delegate*", System.StringComparison.Ordinal);

    public override string? Pin(ParameterModel parameter) =>
        "fixed (" + parameter.NativeType + " " + Names.Native(parameter.Name) + " = &" + parameter.Name + ")";

    public override string NativeArgument(ParameterModel parameter) => Names.Native(parameter.Name);
}
