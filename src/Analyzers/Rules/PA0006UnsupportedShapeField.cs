using Microsoft.CodeAnalysis;
using ParamArena.Analyzers.Usage;

namespace ParamArena.Analyzers.Rules;

/// <summary>PA0006: an [ArenaStruct] field whose type the generator cannot stage.</summary>
internal static class PA0006UnsupportedShapeField
{
    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.UnsupportedShapeField,
        "[ArenaStruct] field type cannot be staged",
        "Field '{0}' of shape '{1}' has type '{2}', which the generator cannot stage: {3}",
        RuleDescriptor.Usage, DiagnosticSeverity.Error,
        "Shape fields may be blittable values, pointers, function pointers, bool, string, arrays of blittable values, strings or shapes, nested shapes and nullable shapes.");

    /// <summary>Reports this rule for one written [ArenaStruct] shape.</summary>
    public static void Check(ArenaStructShape shape)
    {
        foreach (IFieldSymbol field in shape.Fields)
        {
            if (shape.DeclaredOnlyInGeneratedFiles(field)) continue;
            string? reason = MarshallingSupport.CheckShapeField(field);
            if (reason is not null)
            {
                shape.Report(Diagnostic.Create(Descriptor, DeclarationSyntax.TypeLocation(field),
                    field.Name, shape.Shape.Name, MarshallingSupport.Display(field.Type), reason));
            }
        }
    }
}
