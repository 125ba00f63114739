namespace ParamArena.Generator.Model;

/// <summary>The return of an <c>[ArenaMarshal]</c> method.</summary>
/// <param name="Kind">How the native value is converted.</param>
/// <param name="ManagedType">The fully qualified managed type (<c>void</c> for none).</param>
/// <param name="NativeType">The type the inner native declaration returns.</param>
/// <param name="Utf16">True when a string return is UTF-16.</param>
internal sealed record ReturnModel(ReturnKind Kind, string ManagedType, string NativeType, bool Utf16);
