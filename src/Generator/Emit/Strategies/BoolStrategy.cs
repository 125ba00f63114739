using ParamArena.Generator.Model;

namespace ParamArena.Generator.Emit.Strategies;

/// <summary><c>bool</c>: a 4-byte BOOL (or one byte with <c>[MarshalAs(UnmanagedType.U1)]</c>), 1 for true.</summary>
internal sealed class BoolStrategy : ParameterStrategy
{
    public override string NativeArgument(ParameterModel parameter) =>
        parameter.NativeType == "byte" ? "(byte)(" + parameter.Name + " ? 1 : 0)" : "(" + parameter.Name + " ? 1 : 0)";
}
