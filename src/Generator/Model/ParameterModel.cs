namespace ParamArena.Generator.Model;

/// <summary>One parameter of an <c>[ArenaMarshal]</c> method, as the emitter needs it.</summary>
/// <param name="Name">The identifier as written in code (escaped with <c>@</c> when it is a keyword).</param>
/// <param name="Modifiers">The parameter's modifiers as declared (<c>in</c>, <c>scoped</c>, <c>params</c>...), repeated in the implementation.</param>
/// <param name="ManagedType">The fully qualified managed type.</param>
/// <param name="RefKind">How the parameter is passed.</param>
/// <param name="Kind">Which strategy stages it.</param>
/// <param name="ElementType">The element, pointee, shape or handle type the strategy works with.</param>
/// <param name="NativeType">The type the inner native declaration uses for this parameter.</param>
/// <param name="IsArray">True for arrays (which may be null), false for spans.</param>
/// <param name="Utf16">True when strings are staged as UTF-16.</param>
/// <param name="Count">The native count argument, when the parameter carries <c>[ArenaCountParameter]</c>.</param>
internal sealed record ParameterModel(
    string Name,
    string Modifiers,
    string ManagedType,
    RefKindModel RefKind,
    MarshalKind Kind,
    string ElementType,
    string NativeType,
    bool IsArray,
    bool Utf16,
    CountParameterModel? Count);
