using System.Collections.Generic;
using System.Linq;
using System.Text;
using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit;

/// <summary>
/// Frees strings a stub decoded and the caller owns (<c>[ArenaFree]</c>): <c>Marshal.FreeCoTaskMem</c>, or a named export
/// called through an inner blittable <c>[DllImport]</c> of the stub's library (or the one the attribute names).
/// </summary>
internal static class FreeCalls
{
    /// <summary>The statement that frees <paramref name="pointer"/> (a native string local), skipping null.</summary>
    public static string Statement(FreeModel free, string pointer) =>
        "if (" + pointer + " != null) " + (free.Function is null
            ? Names.Marshal + ".FreeCoTaskMem((nint)" + pointer + ");"
            : LocalName(free) + "(" + pointer + ");");

    /// <summary>Declares one inner native function per distinct named free function the stub calls.</summary>
    public static void Declare(CodeWriter writer, StubModel stub)
    {
        IEnumerable<FreeModel?> all = stub.Parameters.Select(p => p.Element.Free).Prepend(stub.Return.Element?.Free);
        List<FreeModel> named = all.Where(f => f?.Function is not null).Select(f => f!).Distinct().ToList();
        if (named.Count == 0) return;
        writer.Line();
        writer.Line("// Frees the strings the caller owns once they are decoded.");
        foreach (FreeModel free in named)
        {
            writer.Line("[global::System.Runtime.InteropServices.DllImport(" + DeclarationWriter.Literal(free.Library ?? stub.Target.LibraryName!)
                + ", EntryPoint = " + DeclarationWriter.Literal(free.Function!) + ", ExactSpelling = true)]");
            writer.Line("static extern void " + LocalName(free) + "(void* pointer);");
        }
    }

    private static string LocalName(FreeModel free) => "__Free_" + Identifier(free.Function!) + (free.Library is null ? "" : "_" + Identifier(free.Library));

    private static string Identifier(string text)
    {
        StringBuilder builder = new(text.Length);
        foreach (char c in text) builder.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') ? c : '_');
        return builder.ToString();
    }
}
