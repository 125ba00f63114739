using System;

namespace ParamArena;

/// <summary>
/// Marks the parameter of an <see cref="ArenaMarshalAttribute"/> method that holds the function to call (an
/// <c>nint</c>, <c>void*</c> or function pointer): the stub stages the other parameters as usual and calls through
/// it. It is not passed to the function itself.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class ArenaFunctionPointerAttribute : Attribute
{
}
