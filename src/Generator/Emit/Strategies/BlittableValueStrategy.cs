using ParamArena.Generator.Model;

namespace ParamArena.Generator.Emit.Strategies;

/// <summary>Primitives, enums, pointers, function pointers, blittable structs: passed straight through.</summary>
internal sealed class BlittableValueStrategy : ParameterStrategy
{
    public override string NativeArgument(ParameterModel parameter) => parameter.Name;
}
