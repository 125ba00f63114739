using Microsoft.CodeAnalysis;

namespace ParamArena.Analyzers;

/// <summary>Recognizes the runtime types and attributes the escape analysis follows (names shared with the generator are in KnownNames).</summary>
internal static class ParamArenaSymbols
{
    public const string RetainsArgumentAttribute = "ParamArena.RetainsArgumentAttribute";
    public const string LeaseBoundAttribute = "ParamArena.LeaseBoundAttribute";

    public static bool IsArenaLease(ITypeSymbol? type) => type is INamedTypeSymbol { Name: "ArenaLease" } && TypeFacts.FullName(type) == "ParamArena.ArenaLease";

    public static bool IsArena(ITypeSymbol? type) => type is INamedTypeSymbol { Name: "Arena" } && TypeFacts.FullName(type) == "ParamArena.Arena";
}
