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
/// <param name="Unsafe">Whether the enclosing types are opened <c>unsafe</c>: only when the project allows unsafe code (else CS0227, PA0009's case).</param>
internal sealed record FallbackModel(string HintName, string? Namespace, EquatableArray<ContainingTypeModel> ContainingTypes, string Signature, string Reason,
    bool Unsafe);
