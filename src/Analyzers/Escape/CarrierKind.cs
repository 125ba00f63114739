namespace ParamArena.Analyzers.Escape;

/// <summary>How a tracked value holds arena memory.</summary>
internal enum CarrierKind
{
    /// <summary>It is the pointer (or nint, or span) itself.</summary>
    Pointer = 0,
    /// <summary>It holds one: a struct, tuple, array or collection an arena pointer was stored into.</summary>
    Container = 1,
    /// <summary>It is a delegate whose lambda or local function captures one.</summary>
    Delegate = 2,
}
