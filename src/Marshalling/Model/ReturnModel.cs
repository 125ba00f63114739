namespace ParamArena.Marshalling;

/// <summary>The return of an <c>[ArenaMarshal]</c> method.</summary>
/// <param name="ManagedType">The managed return type as declared (<c>void</c> for none).</param>
/// <param name="Element">How it is converted; null for <c>void</c>.</param>
internal sealed record ReturnModel(string ManagedType, ElementModel? Element);
