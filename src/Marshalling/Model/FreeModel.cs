namespace ParamArena.Marshalling;

/// <summary>How a stub frees a native string it decoded (<c>[ArenaFree]</c>).</summary>
/// <param name="Function">The export to call with the pointer; null for <c>Marshal.FreeCoTaskMem</c>.</param>
/// <param name="Library">The library exporting it; null for the stub's own library.</param>
internal sealed record FreeModel(string? Function, string? Library);
