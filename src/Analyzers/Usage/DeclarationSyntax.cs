using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ParamArena.Analyzers.Usage;

/// <summary>Small syntax questions the usage analyzers ask about declarations.</summary>
internal static class DeclarationSyntax
{
    /// <summary>True when every declaration of <paramref name="type"/> in source carries the 'partial' modifier.</summary>
    public static bool IsPartial(INamedTypeSymbol type)
    {
        bool any = false;
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not TypeDeclarationSyntax declaration) continue;
            any = true;
            if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword)) return false;
        }
        return any;
    }

    /// <summary>The first (outermost) source type around <paramref name="type"/>, itself included, that is not partial.</summary>
    public static INamedTypeSymbol? FirstNonPartial(INamedTypeSymbol? type)
    {
        INamedTypeSymbol? found = null;
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaringSyntaxReferences.Length > 0 && !IsPartial(current)) found = current;
        }
        return found;
    }

    /// <summary>
    /// True for the body-carrying part of a partial method (usually the generated one). The declaration without a
    /// body is the one users write and the one diagnostics belong to; deciding this from syntax keeps it independent
    /// of how a compiler version links the two parts' symbols.
    /// </summary>
    public static bool IsPartialImplementation(SyntaxNode node)
        => node is MethodDeclarationSyntax method && method.Modifiers.Any(SyntaxKind.PartialKeyword)
           && (method.Body is not null || method.ExpressionBody is not null);

    /// <summary>The location of a declared type's or member's name, falling back to its first location.</summary>
    public static Location NameLocation(ISymbol symbol) => symbol.Locations.Length > 0 ? symbol.Locations[0] : Location.None;

    /// <summary>Where the type of <paramref name="parameter"/> is written, or its name when the type cannot be found.</summary>
    public static Location TypeLocation(IParameterSymbol parameter)
    {
        foreach (SyntaxReference reference in parameter.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is ParameterSyntax { Type: { } type }) return type.GetLocation();
        }
        return NameLocation(parameter);
    }

    /// <summary>Where the type of <paramref name="field"/> is written, or its name when the type cannot be found.</summary>
    public static Location TypeLocation(IFieldSymbol field)
    {
        foreach (SyntaxReference reference in field.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration }) return declaration.Type.GetLocation();
        }
        return NameLocation(field);
    }

    /// <summary>Where <paramref name="attribute"/> is written, or <paramref name="fallback"/>.</summary>
    public static Location AttributeLocation(AttributeData attribute, Location fallback)
        => attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? fallback;
}
