namespace ParamArena.Marshalling;

/// <summary>Where each diagnostic's documentation page lives.</summary>
internal static class HelpLinks
{
    /// <summary>The folder holding one page per rule; change it here when the repository moves.</summary>
    public const string DocsBase = "https://github.com/paramarena/paramarena/blob/main/docs/diagnostics/";

    /// <summary>The page for the rule <paramref name="id"/>.</summary>
    public static string For(string id) => DocsBase + id + ".md";
}
