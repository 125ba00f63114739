using Microsoft.CodeAnalysis;

namespace ParamArena.Marshalling;

/// <summary>Builds every rule's descriptor the same way: enabled by default, with its documentation page as help link.</summary>
internal static class RuleDescriptor
{
    /// <summary>Declarations the generator cannot complete.</summary>
    public const string Usage = "ParamArena.Usage";

    /// <summary>Arena memory that outlives its lease.</summary>
    public const string Safety = "ParamArena.Safety";

    /// <summary>A descriptor for the rule <paramref name="id"/>; messages say what is wrong and what to do about it.</summary>
    public static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string description)
        => new(id, title, message, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLinks.For(id));
}
