using System.Collections.Generic;

namespace ParamArena.Analyzers.Tests.Corpus;

/// <summary>
/// Escaping corpus methods the analysis does not report, each with the reason it cannot be decided locally. Every
/// entry is listed under Limits in docs/diagnostics/README.md; the corpus test fails if the misses differ from this list.
/// </summary>
internal static class CorpusLimits
{
    public static readonly IReadOnlyDictionary<string, string> Documented = new Dictionary<string, string>
    {
    };
}
