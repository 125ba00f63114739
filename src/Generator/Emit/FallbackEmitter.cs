using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit;

/// <summary>
/// Writes the body of a refused <c>[ArenaMarshal]</c> method: it only throws. It exists so that the build reports the
/// refusal's PA error and not also CS8795; should the error be suppressed, a call says why there is no stub.
/// </summary>
internal static class FallbackEmitter
{
    public static string Emit(FallbackModel fallback)
    {
        CodeWriter writer = new();
        DeclarationWriter.Header(writer);
        DeclarationWriter.OpenScopes(writer, fallback.Namespace, fallback.ContainingTypes, fallback.Unsafe);
        writer.Open(fallback.Signature);
        writer.Line("throw new global::System.NotSupportedException(" + DeclarationWriter.Literal("ParamArena generated no stub: " + fallback.Reason) + ");");
        writer.Close();
        DeclarationWriter.CloseScopes(writer, fallback.Namespace, fallback.ContainingTypes);
        return writer.ToString();
    }
}
