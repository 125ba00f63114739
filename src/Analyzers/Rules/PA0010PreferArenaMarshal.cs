using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParamArena.Analyzers.Usage;

namespace ParamArena.Analyzers.Rules;

/// <summary>
/// PA0010: suggests [ArenaMarshal] for a [LibraryImport] method whose marshalling allocates on every call, only when
/// the generator would accept the converted method, so following the suggestion never produces an error.
/// </summary>
internal static class PA0010PreferArenaMarshal
{
    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.PreferArenaMarshal,
        "[LibraryImport] marshalling allocates on every call",
        "[LibraryImport] method '{0}' allocates native memory on every call to marshal '{1}'; [ArenaMarshal] takes the same arguments and stages it in the thread's arena instead",
        RuleDescriptor.Usage, DiagnosticSeverity.Info,
        "LibraryImport marshals string arrays and arrays of non-blittable elements with one native allocation (and free) per element per call; [ArenaMarshal] bump-allocates them and releases everything at once.");

    /// <summary>True when the project references the runtime: without it there is nothing to convert to.</summary>
    public static bool AppliesTo(Compilation compilation) => compilation.GetTypeByMetadataName(KnownNames.ArenaMarshalAttribute) is not null;

    /// <summary>Checks a written method declaration that has no [ArenaMarshal].</summary>
    public static void Check(IMethodSymbol method, MethodDeclarationSyntax syntax, SemanticModel model, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        AttributeData? libraryImport = TypeFacts.Attribute(method, KnownNames.LibraryImportAttribute);
        if (libraryImport is null) return;
        IParameterSymbol? allocating = method.Parameters.FirstOrDefault(LibraryImportAllocatesPerCall);
        if (allocating is null) return;
        // The generator's own builder decides whether the converted method would be accepted.
        if (StubBuilder.Build(method, syntax, libraryImport, model, asConversion: true, cancellationToken).Diagnostics.Count > 0) return;
        report(Diagnostic.Create(Descriptor, syntax.Identifier.GetLocation(), method.Name, allocating.Name));
    }

    /// <summary>
    /// True when [LibraryImport] marshals <paramref name="parameter"/> with native allocations on every call: string
    /// arrays (one allocation per string) and arrays of non-blittable structs. Arrays of bool and char are left out:
    /// LibraryImport stages small ones on the stack.
    /// </summary>
    private static bool LibraryImportAllocatesPerCall(IParameterSymbol parameter)
    {
        if (parameter.Type is not IArrayTypeSymbol array) return false;
        ITypeSymbol element = array.ElementType;
        return element.SpecialType == SpecialType.System_String || (element.TypeKind == TypeKind.Struct && !element.IsUnmanagedType);
    }
}
