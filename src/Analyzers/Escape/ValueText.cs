using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ParamArena.Analyzers.Escape;

/// <summary>How escape diagnostics name the value that escapes.</summary>
internal static class ValueText
{
    private static readonly Regex Whitespace = new(@"\s+");

    /// <summary>A variable's name, or the (shortened) source text of the expression.</summary>
    public static string Describe(IOperation value)
    {
        switch (ArenaApis.Unwrap(value))
        {
            case ILocalReferenceOperation local: return local.Local.Name;
            case IParameterReferenceOperation parameter: return parameter.Parameter.Name;
        }
        string text = Whitespace.Replace(value.Syntax.ToString(), " ");
        return text.Length <= 48 ? text : text.Substring(0, 45) + "...";
    }
}
