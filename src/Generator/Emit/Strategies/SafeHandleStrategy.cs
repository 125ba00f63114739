using ParamArena.Generator.Model;

namespace ParamArena.Generator.Emit.Strategies;

/// <summary>A <c>SafeHandle</c>: add-ref before the call so it cannot be released mid-call, release after.</summary>
internal sealed class SafeHandleStrategy : ParameterStrategy
{
    public override bool NeedsCleanup => true;

    public override void Setup(CodeWriter writer, ParameterModel parameter)
    {
        writer.Line("if (" + parameter.Name + " is null) throw new global::System.ArgumentNullException(nameof(" + parameter.Name + "));");
        writer.Line("bool " + Names.Local(parameter.Name, "addRefd") + " = false;");
    }

    public override void Stage(CodeWriter writer, ParameterModel parameter, string? fixedSlot)
    {
        writer.Line(parameter.Name + ".DangerousAddRef(ref " + Names.Local(parameter.Name, "addRefd") + ");");
        writer.Line("nint " + Names.Native(parameter.Name) + " = " + parameter.Name + ".DangerousGetHandle();");
    }

    public override string NativeArgument(ParameterModel parameter) => Names.Native(parameter.Name);

    public override void Cleanup(CodeWriter writer, ParameterModel parameter) =>
        writer.Line("if (" + Names.Local(parameter.Name, "addRefd") + ") " + parameter.Name + ".DangerousRelease();");
}
