using ParamArena.Generator.Model;

namespace ParamArena.Generator.Emit.Strategies;

/// <summary><c>char</c>: its UTF-16 code unit as a <c>ushort</c> (char is not blittable without DisableRuntimeMarshalling).</summary>
internal sealed class CharStrategy : ParameterStrategy
{
    public override string NativeArgument(ParameterModel parameter) => "(ushort)" + parameter.Name;
}
