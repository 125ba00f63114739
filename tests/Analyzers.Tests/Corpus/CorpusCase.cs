namespace ParamArena.Analyzers.Tests.Corpus;

/// <summary>The kinds of code the escape corpus covers: the plain escapes and each class issue 14 lists.</summary>
public enum EscapeClass
{
    Plain,
    ConditionalStore,
    AllocArray,
    ManagedRef,
    CallerMemory,
    PinnedSpan,
    OuterLease,
    CatchFinally,
    Publication,
    DeferredDelegate,
    Reset,
    ThrowPath,
    ContextClearedInFinally,
    SameCondition,
    StagedOutPointer,
}

/// <summary>
/// One realistic method (with the types it needs) and what C# semantics and the docs say about it:
/// <see cref="Rule"/> is the diagnostic an escape should get, or null when the code is correct.
/// </summary>
public sealed record CorpusCase(string Name, EscapeClass Class, string? Rule, string Code)
{
    public bool Escapes => Rule is not null;

    public override string ToString() => Name;
}
