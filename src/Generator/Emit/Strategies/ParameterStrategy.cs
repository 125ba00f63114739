using ParamArena.Generator.Model;

namespace ParamArena.Generator.Emit.Strategies;

/// <summary>
/// Emits one kind of parameter's part of each stub stage: setup (validation, before the arena is rented),
/// stage (into the arena), pin, the native argument, copy back and cleanup.
/// </summary>
internal abstract class ParameterStrategy
{
    /// <summary>True when the parameter is staged in the arena.</summary>
    public virtual bool NeedsArena => false;

    /// <summary>True when the parameter must be released in a <c>finally</c> (SafeHandle add-ref).</summary>
    public virtual bool NeedsCleanup => false;

    /// <summary>The type this parameter places in the stub's single fixed-size bump, or null.</summary>
    public virtual string? FixedStagingType(ParameterModel parameter) => null;

    /// <summary>Validation and declarations that must happen before the arena is rented.</summary>
    public virtual void Setup(CodeWriter writer, ParameterModel parameter)
    {
    }

    /// <summary>Staging into the arena (or into locals); <paramref name="fixedSlot"/> is its address in the fixed bump.</summary>
    public virtual void Stage(CodeWriter writer, ParameterModel parameter, string? fixedSlot)
    {
    }

    /// <summary>The header of a <c>fixed</c> statement that pins the parameter, or null.</summary>
    public virtual string? Pin(ParameterModel parameter) => null;

    /// <summary>The expression passed to the native function.</summary>
    public abstract string NativeArgument(ParameterModel parameter);

    /// <summary>Copies native results back into the managed parameter after the call.</summary>
    public virtual void CopyBack(CodeWriter writer, ParameterModel parameter)
    {
    }

    /// <summary>Statements for the <c>finally</c> block.</summary>
    public virtual void Cleanup(CodeWriter writer, ParameterModel parameter)
    {
    }
}
