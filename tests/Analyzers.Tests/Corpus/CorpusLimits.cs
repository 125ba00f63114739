using System.Collections.Generic;

namespace ParamArena.Analyzers.Tests.Corpus;

/// <summary>
/// Escaping corpus methods the analysis does not report, each with the reason. Every entry is listed under Limits in
/// docs/diagnostics/README.md; the corpus test fails if the misses differ from this list.
/// </summary>
internal static class CorpusLimits
{
    public static readonly IReadOnlyDictionary<string, string> Documented = new Dictionary<string, string>
    {
        ["ValidationThrowBeforeStaging"] =
            "PA1008 reports a throw only once memory was allocated through the open lease: argument checks right after the rent "
            + "(before anything is staged) are the accepted pattern the false-positive suite pins (ThrowWithoutDisposeIsAnExceptionalPath).",
    };
}
