namespace ParamArena.Marshalling;

/// <summary>Everything the emitter needs to write one <c>[ArenaCallback]</c> trampoline and its function pointer property.</summary>
/// <param name="HintName">The generated file's name.</param>
/// <param name="Namespace">The enclosing namespace, or null.</param>
/// <param name="ContainingTypes">The enclosing types, outermost first.</param>
/// <param name="Name">The managed method's name (as written, escaped with <c>@</c> when it is a keyword).</param>
/// <param name="QualifiedName">The method's name with its type, as reported to <c>ArenaCallbacks.UnhandledException</c>.</param>
/// <param name="Accessibility">The method's accessibility, given to the pointer property.</param>
/// <param name="Return">The return.</param>
/// <param name="Parameters">The parameters, in order.</param>
/// <param name="CallingConventions">The conventions [UnmanagedCallConv] names, without the <c>CallConv</c> prefix (<c>Cdecl</c>); none for the platform default.</param>
internal sealed record CallbackModel(
    string HintName,
    string? Namespace,
    EquatableArray<ContainingTypeModel> ContainingTypes,
    string Name,
    string QualifiedName,
    string Accessibility,
    ReturnModel Return,
    EquatableArray<ParameterModel> Parameters,
    EquatableArray<string> CallingConventions);
