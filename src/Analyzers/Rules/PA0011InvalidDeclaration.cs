using System.Linq;
using Microsoft.CodeAnalysis;
using ParamArena.Analyzers.Usage;

namespace ParamArena.Analyzers.Rules;

/// <summary>PA0011: the remaining [ArenaMarshal] and [ArenaStruct] declarations the generator refuses.</summary>
internal static class PA0011InvalidDeclaration
{
    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.InvalidDeclaration,
        "Declaration the ParamArena generator cannot complete",
        "{0}",
        RuleDescriptor.Usage, DiagnosticSeverity.Error,
        "Covers the remaining inputs the generator refuses: a custom string marshalling, a missing library name, parameter names starting with '__', generic shapes, and shapes that declare a member with a name the generator adds (Native, Stage, StageInto, StageArray).");

    // Members the generator adds to every shape (src/Generator/Analysis/ShapeModelBuilder.cs).
    private static readonly string[] GeneratedMemberNames = { "Native", "Stage", "StageInto", "StageArray" };

    /// <summary>Attribute arguments the generator refuses, and parameter names that clash with the stub's locals.</summary>
    public static void CheckMethod(ArenaMarshalMethod declaration)
    {
        AttributeData arenaMarshal = declaration.Attribute;
        string name = declaration.Name;
        Location at = DeclarationSyntax.AttributeLocation(arenaMarshal, declaration.Location);
        if (arenaMarshal.ConstructorArguments.Length == 1 && arenaMarshal.ConstructorArguments[0] is { Kind: TypedConstantKind.Primitive, Value: null })
        {
            declaration.Report(Diagnostic.Create(Descriptor, at,
                $"[ArenaMarshal] on '{name}' has a null library name; give the library to load, as [LibraryImport] does (for example \"libz.so.1\")"));
        }
        // System.Runtime.InteropServices.StringMarshalling.Custom is 0.
        if (ParamArenaSymbols.NamedArgument(arenaMarshal, "StringMarshalling") is { Value: 0 })
        {
            declaration.Report(Diagnostic.Create(Descriptor, at,
                $"[ArenaMarshal] on '{name}' asks for StringMarshalling.Custom, which it does not support; use Utf8 (the default) or Utf16, or keep [LibraryImport] with its custom marshaller"));
        }
        foreach (IParameterSymbol parameter in declaration.Method.Parameters)
        {
            if (parameter.Name.StartsWith("__", System.StringComparison.Ordinal))
            {
                declaration.Report(Diagnostic.Create(Descriptor, DeclarationSyntax.NameLocation(parameter),
                    $"Parameter '{parameter.Name}' of '{name}' starts with '__', which the generated stub reserves for its own locals; rename the parameter"));
            }
        }
    }

    /// <summary>
    /// Generic shapes and members named like the generator's additions. Returns false when the shape is generic,
    /// since the other shape rules would only add noise about a type the generator skips entirely.
    /// </summary>
    public static bool CheckShape(ArenaStructShape shape)
    {
        INamedTypeSymbol type = shape.Shape;
        if (type.IsGenericType)
        {
            shape.Report(Diagnostic.Create(Descriptor, DeclarationSyntax.NameLocation(type),
                $"Shape '{type.Name}' is generic; a native struct has one fixed layout, so declare one non-generic shape per layout"));
            return false;
        }
        foreach (string generatedName in GeneratedMemberNames)
        {
            ISymbol? clash = type.GetMembers(generatedName).FirstOrDefault(member => !member.IsImplicitlyDeclared && !shape.DeclaredOnlyInGeneratedFiles(member));
            if (clash is null) continue;
            shape.Report(Diagnostic.Create(Descriptor, DeclarationSyntax.NameLocation(clash),
                $"Shape '{type.Name}' declares a member named '{generatedName}', a name the generator uses for the shape's Native struct and staging methods; rename the member"));
            break;
        }
        return true;
    }
}
