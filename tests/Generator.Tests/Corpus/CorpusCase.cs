using System.Text;

namespace ParamArena.Generator.Tests.Corpus;

/// <summary>How a corpus case must be compiled: cases of one group share a compilation.</summary>
internal enum CorpusGroup
{
    /// <summary>The harness's options (unsafe code allowed, nullable enabled).</summary>
    Default,

    /// <summary>A project without AllowUnsafeBlocks.</summary>
    UnsafeNotAllowed,

    /// <summary>An assembly with [assembly: DisableRuntimeMarshalling] (added once, in a file of its own, by the runner).</summary>
    RuntimeMarshallingDisabled,
}

/// <summary>Where a case's body is declared.</summary>
internal enum CorpusLayout
{
    /// <summary>In a block namespace of its own.</summary>
    Block,

    /// <summary>In a file-scoped namespace of its own.</summary>
    FileScoped,

    /// <summary>In the global namespace; the body's type names carry the case's namespace name in place of '§', so they stay unique.</summary>
    Global,
}

/// <summary>
/// One corpus declaration: the members of its own namespace (so cases batched into one compilation never see each
/// other's types), plus the usings every case gets.
/// </summary>
/// <param name="Id">Template and arguments, unique in the corpus (e.g. <c>AllRefKinds&lt;int&gt;</c>).</param>
/// <param name="Template">The template that produced the case.</param>
/// <param name="Body">The namespace's members: the partial type(s) holding the [ArenaMarshal] method(s) and the types they use.</param>
/// <param name="Group">The compilation the case belongs to.</param>
/// <param name="Foreign">
/// The attributed method carries an attribute that only looks like [ArenaMarshal] (a user type of that name): the
/// generator must leave it alone, and the compiler's CS8795 is the expected outcome.
/// </param>
/// <param name="Layout">Where the body is declared.</param>
internal sealed record CorpusCase(string Id, string Template, string Body, CorpusGroup Group = CorpusGroup.Default, bool Foreign = false,
    CorpusLayout Layout = CorpusLayout.Block)
{
    public const string Usings = """
        using System;
        using System.Runtime.InteropServices;
        using System.Runtime.InteropServices.Marshalling;
        using ParamArena;

        """;

    /// <summary>The case as a source file in namespace <paramref name="ns"/>; <paramref name="bodyStart"/> is where <see cref="Body"/> begins.</summary>
    public string Render(string ns, out int bodyStart)
    {
        StringBuilder text = new(Usings);
        switch (Layout)
        {
            case CorpusLayout.FileScoped:
                text.Append("namespace ").Append(ns).Append(";\n");
                bodyStart = text.Length;
                text.Append(Body.Replace("§", ns)).Append('\n');
                break;
            case CorpusLayout.Global:
                bodyStart = text.Length;
                text.Append(Body.Replace("§", ns)).Append('\n');
                break;
            default:
                text.Append("namespace ").Append(ns).Append("\n{\n");
                bodyStart = text.Length;
                text.Append(Body).Append("\n}\n");
                break;
        }
        return text.ToString();
    }

    public override string ToString() => Id;
}
