using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit.Marshallers;

/// <summary>A kind the resolver allows only on parameters, so it has no field form.</summary>
internal abstract class ParameterOnlyMarshaller : Marshaller
{
    public sealed override void StageField(CodeWriter writer, ElementModel element, string target, string source) =>
        throw new System.InvalidOperationException(GetType().Name + " marshals parameters only; the resolver refuses it on fields.");

    public sealed override void ReadField(CodeWriter writer, ElementModel element, string target, string source, string? count) =>
        throw new System.InvalidOperationException(GetType().Name + " marshals parameters only; the resolver refuses it on fields.");
}
