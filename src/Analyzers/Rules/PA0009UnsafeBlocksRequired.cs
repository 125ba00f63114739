using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ParamArena.Analyzers.Usage;

namespace ParamArena.Analyzers.Rules;

/// <summary>PA0009: [ArenaMarshal] methods and [ArenaStruct] shapes in a project that does not allow unsafe code.</summary>
internal static class PA0009UnsafeBlocksRequired
{
    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.UnsafeBlocksRequired,
        "ParamArena needs AllowUnsafeBlocks",
        "This project uses [ArenaMarshal] or [ArenaStruct] but does not allow unsafe code; add <AllowUnsafeBlocks>true</AllowUnsafeBlocks> to the project file",
        RuleDescriptor.Usage, DiagnosticSeverity.Error,
        "Generated stubs and Native structs use pointers, which compile only when unsafe code is allowed.");

    /// <summary>True when the project does not allow unsafe code, so every [ArenaMarshal] and [ArenaStruct] is reported.</summary>
    public static bool AppliesTo(Compilation compilation) => compilation.Options is CSharpCompilationOptions { AllowUnsafe: false };

    /// <summary>Reports on the [ArenaMarshal] attribute of <paramref name="declaration"/>.</summary>
    public static void Check(ArenaMarshalMethod declaration)
        => declaration.Report(Diagnostic.Create(Descriptor, DeclarationSyntax.AttributeLocation(declaration.Attribute, declaration.Location)));

    /// <summary>Reports on the [ArenaStruct] attribute of <paramref name="shape"/>.</summary>
    public static void Check(INamedTypeSymbol shape, AttributeData arenaStruct, System.Action<Diagnostic> report)
        => report(Diagnostic.Create(Descriptor, DeclarationSyntax.AttributeLocation(arenaStruct, DeclarationSyntax.NameLocation(shape))));
}
