using Microsoft.CodeAnalysis;
using ParamArena.Analyzers.Usage;

namespace ParamArena.Analyzers.Rules;

/// <summary>PA0008: an [ArenaStruct] shape (or a type containing it) is not partial.</summary>
internal static class PA0008ShapeNotPartial
{
    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.ShapeNotPartial,
        "[ArenaStruct] shape must be partial",
        "Shape '{0}' is not partial; add the 'partial' modifier (and to every type that contains it) so the generator can add its Native twin",
        RuleDescriptor.Usage, DiagnosticSeverity.Error,
        "The generator adds a nested blittable Native struct and staging methods to each shape, which needs the shape and its containing types to be partial.");

    /// <summary>Reports this rule for one written [ArenaStruct] shape.</summary>
    public static void Check(ArenaStructShape shape)
    {
        if (DeclarationSyntax.FirstNonPartial(shape.Shape) is { } nonPartial)
            shape.Report(Diagnostic.Create(Descriptor, DeclarationSyntax.NameLocation(nonPartial),
                additionalLocations: new[] { DeclarationSyntax.NameLocation(shape.Shape) }, messageArgs: new object[] { nonPartial.Name }));
    }
}
