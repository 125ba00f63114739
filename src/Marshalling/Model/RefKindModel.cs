namespace ParamArena.Marshalling;

/// <summary>How a parameter is passed in the managed signature (a copy of Roslyn's RefKind kept free of Roslyn types).</summary>
internal enum RefKindModel
{
    /// <summary>By value.</summary>
    None,

    /// <summary><c>in</c>.</summary>
    In,

    /// <summary><c>ref readonly</c>.</summary>
    RefReadOnly,

    /// <summary><c>ref</c>.</summary>
    Ref,

    /// <summary><c>out</c>.</summary>
    Out,
}
