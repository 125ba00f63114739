using System;

namespace ParamArena;

/// <summary>
/// Says that the pointer an <see cref="ArenaMarshalAttribute"/> method returns (<c>[return: NativeOwned]</c>), or
/// writes to this <c>out</c>/<c>ref</c> parameter, is memory the native library owns (a static table, an
/// environment block, its own allocation), never an address inside the inputs the stub staged in the arena.
/// The analyzers then do not warn that it may point into released staging (PA1006), as they do for
/// <c>strtol</c>-style functions by default.
/// </summary>
[AttributeUsage(AttributeTargets.ReturnValue | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class NativeOwnedAttribute : Attribute
{
}
