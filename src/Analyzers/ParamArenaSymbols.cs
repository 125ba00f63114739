using Microsoft.CodeAnalysis;

namespace ParamArena.Analyzers;

/// <summary>Recognizes ParamArena's runtime types and attributes by their full names.</summary>
internal static class ParamArenaSymbols
{
    public const string Namespace = "ParamArena";
    public const string ArenaMarshalAttribute = "ParamArena.ArenaMarshalAttribute";
    public const string ArenaStructAttribute = "ParamArena.ArenaStructAttribute";
    public const string ArenaCountAttribute = "ParamArena.ArenaCountAttribute";
    public const string ArenaCountParameterAttribute = "ParamArena.ArenaCountParameterAttribute";
    public const string RetainsArgumentAttribute = "ParamArena.RetainsArgumentAttribute";
    public const string LeaseBoundAttribute = "ParamArena.LeaseBoundAttribute";
    public const string LibraryImportAttribute = "System.Runtime.InteropServices.LibraryImportAttribute";

    /// <summary>The full metadata-style name of a type, without generic arguments.</summary>
    public static string FullName(ITypeSymbol? type)
    {
        if (type is null) return string.Empty;
        var ns = type.ContainingNamespace;
        string prefix = ns is null || ns.IsGlobalNamespace ? string.Empty : ns.ToDisplayString() + ".";
        return prefix + type.MetadataName;
    }

    public static bool IsArenaLease(ITypeSymbol? type) => type is INamedTypeSymbol { Name: "ArenaLease" } && FullName(type) == "ParamArena.ArenaLease";

    public static bool IsArena(ITypeSymbol? type) => type is INamedTypeSymbol { Name: "Arena" } && FullName(type) == "ParamArena.Arena";

    public static bool HasAttribute(ISymbol symbol, string attributeFullName)
    {
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (FullName(attribute.AttributeClass) == attributeFullName) return true;
        }
        return false;
    }

    public static AttributeData? GetAttribute(ISymbol symbol, string attributeFullName)
    {
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (FullName(attribute.AttributeClass) == attributeFullName) return attribute;
        }
        return null;
    }

    /// <summary>The value of a named argument of <paramref name="attribute"/>, if it was given.</summary>
    public static TypedConstant? NamedArgument(AttributeData attribute, string name)
    {
        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Key == name) return pair.Value;
        }
        return null;
    }
}
