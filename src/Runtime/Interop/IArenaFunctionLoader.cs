namespace ParamArena;

/// <summary>Finds a native function by name for <c>LoadFunctions</c> of an <see cref="ArenaFunctionTableAttribute"/> table.</summary>
public unsafe interface IArenaFunctionLoader
{
    /// <summary>The address of the function named <paramref name="name"/>, or 0 when there is none.</summary>
    /// <param name="name">The function's name: NUL-terminated UTF-8 in static memory (the generated code's <c>u8</c> literals).</param>
    /// <returns>The function's address, or 0.</returns>
    nint Load(byte* name);
}
