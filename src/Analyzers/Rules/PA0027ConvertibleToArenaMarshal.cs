using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ParamArena.Analyzers.Rules;

/// <summary>
/// PA0027: a [LibraryImport] or [DllImport] method the generator would implement as [ArenaMarshal]. Hidden by default:
/// it exists so the conversion is a code fix (with Fix All) that <c>dotnet format analyzers</c> can apply to a whole project.
/// </summary>
internal static class PA0027ConvertibleToArenaMarshal
{
    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.ConvertibleToArenaMarshal,
        "Import can use [ArenaMarshal]",
        "'{0}' can use [ArenaMarshal] in place of [{1}]",
        RuleDescriptor.Usage, DiagnosticSeverity.Hidden,
        "The generator accepts this signature; the code fix swaps the attribute, moving its arguments, so a project can be migrated with 'dotnet format analyzers'.");

    /// <summary>The import attribute of <paramref name="method"/> that [ArenaMarshal] could replace, or null.</summary>
    public static AttributeData? ConvertibleImport(IMethodSymbol method, MethodDeclarationSyntax syntax, SemanticModel model, CancellationToken cancellationToken)
    {
        AttributeData? import = TypeFacts.Attribute(method, KnownNames.LibraryImportAttribute) ?? TypeFacts.Attribute(method, KnownNames.DllImportAttribute);
        if (import is null) return null;
        // PreserveSig = false turns HRESULTs into exceptions, which [ArenaMarshal] does not do.
        if (TypeFacts.NamedArgument(import, "PreserveSig") is { Value: false }) return null;
        return StubBuilder.Build(method, syntax, import, model, asConversion: true, cancellationToken).Diagnostics.Count == 0 ? import : null;
    }

    /// <summary>Reports this rule for one written method declaration without [ArenaMarshal].</summary>
    public static void Check(IMethodSymbol method, MethodDeclarationSyntax syntax, SemanticModel model, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        if (ConvertibleImport(method, syntax, model, cancellationToken) is not { } import) return;
        report(Diagnostic.Create(Descriptor, syntax.Identifier.GetLocation(), method.Name, import.AttributeClass?.Name.Replace("Attribute", "")));
    }
}
