namespace ParamArena.Marshalling;

/// <summary>
/// A body for a refused method whose declaration can hold one: it throws, and its only purpose is that the compiler
/// reports the refusal's PA error rather than CS8795 (a partial method without implementation).
/// </summary>
/// <param name="HintName">The generated file's name.</param>
/// <param name="Namespace">The enclosing namespace, or null.</param>
/// <param name="ContainingTypes">The enclosing types, outermost first.</param>
/// <param name="Signature">The implementation's signature line.</param>
/// <param name="Reason">The refusal, repeated in the exception a call would throw were the error suppressed.</param>
/// <param name="Unsafe">
/// Whether the enclosing types are reopened as <c>unsafe</c> (the signature may hold pointers): not where the project
/// disallows unsafe code, since an <c>unsafe</c> part would add CS0227 to the user's type.
/// </param>
internal sealed record FallbackModel(string HintName, string? Namespace, EquatableArray<ContainingTypeModel> ContainingTypes, string Signature, string Reason,
    bool Unsafe = true);
