namespace ParamArena.Marshalling;

/// <summary>One parameter of an <c>[ArenaMarshal]</c> method.</summary>
/// <param name="Name">The identifier as written in code (escaped with <c>@</c> when it is a keyword).</param>
/// <param name="Modifiers">The modifiers as declared (<c>in</c>, <c>scoped</c>, <c>params</c>...), repeated in the implementation.</param>
/// <param name="Element">How it is marshalled.</param>
/// <param name="Count">The native count argument, when the parameter carries <c>[ArenaCountParameter]</c> or <c>[ArenaEnumerated]</c>.</param>
/// <param name="Enumeration">For an <c>[ArenaEnumerated]</c> parameter: how its items are asked for and where they go.</param>
internal sealed record ParameterModel(string Name, string Modifiers, ElementModel Element, CountParameterModel? Count, EnumerationModel? Enumeration = null);
