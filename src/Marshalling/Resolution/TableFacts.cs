using Microsoft.CodeAnalysis;

namespace ParamArena.Marshalling;

/// <summary>What the generator and the analyzers agree a function table is: its type, its functions, its loader.</summary>
internal static class TableFacts
{
    /// <summary>The name of the method the generator adds to every table.</summary>
    public const string LoadFunctions = "LoadFunctions";

    /// <summary>True for a class carrying <c>[ArenaFunctionTable]</c>.</summary>
    public static bool IsTable(ITypeSymbol? type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Class } named && TypeFacts.Attribute(named.OriginalDefinition, KnownNames.ArenaFunctionTableAttribute) is not null;

    /// <summary>True for an instance <c>[ArenaMarshal]</c> method of a table: a call through a pointer the table loads.</summary>
    public static bool IsTableFunction(IMethodSymbol method)
    {
        IMethodSymbol definition = method.PartialDefinitionPart ?? method.OriginalDefinition;
        return !definition.IsStatic && IsTable(definition.ContainingType) && TypeFacts.Attribute(definition, KnownNames.ArenaMarshalAttribute) is not null;
    }

    /// <summary>True for the generated <c>LoadFunctions&lt;TLoader&gt;</c> of a table.</summary>
    public static bool IsLoadFunctions(IMethodSymbol method) =>
        method is { Name: LoadFunctions, IsStatic: false, Arity: 1 } && IsTable(method.ContainingType);

    /// <summary>The loader type the table's <c>[ArenaFunctionTable(Loader = ...)]</c> names, or null.</summary>
    public static ITypeSymbol? DeclaredLoader(ITypeSymbol? table) =>
        table is INamedTypeSymbol named && TypeFacts.Attribute(named.OriginalDefinition, KnownNames.ArenaFunctionTableAttribute) is { } attribute
            ? TypeFacts.NamedArgument(attribute, "Loader")?.Value as ITypeSymbol
            : null;
}
