namespace ParamArena.Marshalling;

/// <summary>A type that encloses a generated member; re-declared as <c>partial</c> around it.</summary>
/// <param name="Keyword">The declaration keyword(s): <c>class</c>, <c>struct</c>, <c>record</c>, <c>record struct</c> or <c>interface</c>.</param>
/// <param name="Name">The name with its type parameter list, if any.</param>
internal sealed record ContainingTypeModel(string Keyword, string Name);
