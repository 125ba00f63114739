using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit.Marshallers;

/// <summary>
/// Writes one marshalling kind wherever it appears: its native type, its part of each stub stage (setup before the
/// arena is rented, stage, pin, the native argument, copy back, cleanup), a shape field's staging and reading back, and a
/// return's conversion.
/// </summary>
internal abstract class Marshaller
{
    /// <summary>The native type of a parameter (or, with <see cref="ElementRole.Return"/>, a return) of this kind.</summary>
    public abstract string NativeType(ElementModel element, ElementRole role);

    /// <summary>True when the parameter is staged in the arena.</summary>
    public virtual bool NeedsArena(ElementModel element) => false;

    /// <summary>True when the parameter must be released in a <c>finally</c>.</summary>
    public virtual bool NeedsCleanup(ElementModel element) => false;

    /// <summary>The type this parameter places in the stub's single fixed-size bump, or null.</summary>
    public virtual string? FixedStagingType(ElementModel element) => null;

    /// <summary>Validation and declarations that must happen before the arena is rented.</summary>
    public virtual void Setup(CodeWriter writer, ParameterModel parameter)
    {
    }

    /// <summary>Staging into the arena (or into locals); <paramref name="fixedSlot"/> is its address in the fixed bump.</summary>
    public virtual void Stage(CodeWriter writer, ParameterModel parameter, string? fixedSlot)
    {
    }

    /// <summary>Opens what must repeat with the call (a retry loop), before the pins.</summary>
    public virtual void BeforeInvoke(CodeWriter writer, ParameterModel parameter)
    {
    }

    /// <summary>Closes what <see cref="BeforeInvoke"/> opened, after the call; <paramref name="returned"/> is the native return's local.</summary>
    public virtual void AfterInvoke(CodeWriter writer, ParameterModel parameter, string returned)
    {
    }

    /// <summary>The header of a <c>fixed</c> statement that pins the parameter, or null.</summary>
    public virtual string? Pin(ParameterModel parameter) => null;

    /// <summary>The expression passed to the native function.</summary>
    public virtual string NativeArgument(ParameterModel parameter) => Names.Native(parameter.Name);

    /// <summary>Copies native results back into the managed parameter after the call.</summary>
    public virtual void CopyBack(CodeWriter writer, ParameterModel parameter)
    {
    }

    /// <summary>Statements for the <c>finally</c> block.</summary>
    public virtual void Cleanup(CodeWriter writer, ParameterModel parameter)
    {
    }

    /// <summary>Writes <paramref name="source"/> (a managed field) into <paramref name="target"/> (its native field) inside <c>StageInto</c>.</summary>
    public abstract void StageField(CodeWriter writer, ElementModel element, string target, string source);

    /// <summary>
    /// Writes <paramref name="source"/> (a native field) into <paramref name="target"/> (its managed field) inside <c>Read</c>, the
    /// reverse of <see cref="StageField"/>; <paramref name="count"/> is a sequence's length (a <c>ulong</c> expression).
    /// </summary>
    public abstract void ReadField(CodeWriter writer, ElementModel element, string target, string source, string? count);

    /// <summary>
    /// The native → managed direction of a parameter, in a callback's trampoline: converts the native argument
    /// (<c>Names.Native(name)</c>; <paramref name="count"/> is a sequence's length, a <c>ulong</c> expression) into a managed
    /// copy, as <see cref="ReadField"/> does for a field, and returns the argument the managed method is called with.
    /// </summary>
    public virtual string ReadArgument(CodeWriter writer, ParameterModel parameter, string? count)
    {
        ElementModel element = parameter.Element;
        string native = Names.Native(parameter.Name);
        string managed = Names.Local(parameter.Name, "managed");
        writer.Line(element.ManagedType + " " + managed + ";");
        ReadField(writer, element, managed, element.ByReference ? "(*" + native + ")" : native, count);
        return (element.ByReference ? "in " : "") + managed;
    }

    /// <summary>Declares the return's locals before the lease (for handles that must exist before the call).</summary>
    public virtual void DeclareReturn(CodeWriter writer, ElementModel element)
    {
    }

    /// <summary>Turns the native return value into the managed one, while staged memory it may point into is still alive.</summary>
    public virtual void ConvertReturn(CodeWriter writer, ElementModel element) =>
        writer.Line(Names.ReturnValue + " = " + Names.NativeReturnValue + ";");

    /// <summary>True when the native return value is the managed one as it is.</summary>
    public virtual bool ReturnsAsIs => false;
}
