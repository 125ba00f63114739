namespace ParamArena.Marshalling;

/// <summary>Everything the emitter needs to write one <c>[ArenaMarshal]</c> stub; no symbols or syntax.</summary>
/// <param name="HintName">The generated file's name.</param>
/// <param name="Namespace">The enclosing namespace, or null for the global namespace.</param>
/// <param name="ContainingTypes">The enclosing types, outermost first.</param>
/// <param name="Signature">The implementation's signature line (modifiers, return type, name, type parameters, parameters, constraints).</param>
/// <param name="Return">The return.</param>
/// <param name="Parameters">The parameters, in order.</param>
/// <param name="Target">What is called: a library export or a table's pointer.</param>
/// <param name="SetLastError">True to save the native last error as LibraryImport does.</param>
/// <param name="ForwardedAttributes">Attributes copied onto the inner native declaration (<c>[SuppressGCTransition]</c>, <c>[UnmanagedCallConv]</c>).</param>
/// <param name="CallingConventions">The same, as a function pointer's conventions (<c>Cdecl</c>, <c>SuppressGCTransition</c>).</param>
/// <param name="Generic">The method is generic (a chain stub), so its inner imports are members of the type, not local functions.</param>
/// <param name="DeclaresSkipLocalsInit">The declaration has <c>[SkipLocalsInit]</c> already, so the implementation must not repeat it (CS0579).</param>
internal sealed record StubModel(
    string HintName,
    string? Namespace,
    EquatableArray<ContainingTypeModel> ContainingTypes,
    string Signature,
    ReturnModel Return,
    EquatableArray<ParameterModel> Parameters,
    TargetModel Target,
    bool SetLastError,
    EquatableArray<string> ForwardedAttributes,
    EquatableArray<string> CallingConventions,
    bool DeclaresSkipLocalsInit = false,
    bool Generic = false);
