using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ParamArena.Analyzers.Rules;

/// <summary>
/// PA1011: <c>LoadFunctions</c> of a table that declares its loader (<c>[ArenaFunctionTable(Loader = typeof(L))]</c>) is
/// given a loader whose static type can never be an <c>L</c> (a device-level table loaded with an instance-level
/// loader, say). A loader typed as an interface or a base class that an <c>L</c> may hide behind is left to the run-time check.
/// </summary>
internal static class PA1011TableLoaderMismatch
{
    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.TableLoaderMismatch,
        "Function table loaded with a loader of the wrong type",
        "'{0}' is loaded with Loader = typeof({1}), but this call passes a '{2}', which is not one; LoadFunctions throws ArgumentException here. Pass a {1}, or change the table's Loader.",
        RuleDescriptor.Safety, DiagnosticSeverity.Warning,
        "A table that declares its loader type accepts only loaders of that type: functions found through another loader (an instance-level vkGetInstanceProcAddr for a device table) would dispatch through the wrong object.");

    /// <summary>Reports a <c>LoadFunctions</c> call whose loader cannot be the table's declared loader.</summary>
    public static void Check(IInvocationOperation call, Compilation compilation, System.Action<Diagnostic> report)
    {
        if (!TableFacts.IsLoadFunctions(call.TargetMethod) || TableFacts.DeclaredLoader(call.TargetMethod.ContainingType) is not { } declared) return;
        ITypeSymbol given = call.TargetMethod.TypeArguments[0];
        if (given.TypeKind is TypeKind.TypeParameter or TypeKind.Error || declared.TypeKind == TypeKind.Error) return;
        CommonConversion conversion = compilation.ClassifyCommonConversion(given, declared);
        if (conversion.IsImplicit) return;
        // An interface or a non-sealed class may hold an object of the declared type at run time: only when no cast could
        // ever succeed is the mismatch certain.
        bool exact = given.IsValueType || given.IsSealed || !conversion.Exists;
        if (!exact) return;
        Location location = call.Arguments.Length > 0 ? call.Arguments[0].Syntax.GetLocation() : call.Syntax.GetLocation();
        report(Diagnostic.Create(Descriptor, location, call.TargetMethod.ContainingType.Name, declared.Name, given.Name));
    }
}
