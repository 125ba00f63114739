using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParamArena.Analyzers.Usage;

namespace ParamArena.Analyzers.Rules;

/// <summary>PA0005: a parameter or return type [ArenaMarshal] cannot marshal.</summary>
internal static class PA0005UnsupportedSignatureType
{
    /// <summary>The rule: id, message, category, default severity and help link.</summary>
    public static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        DiagnosticIds.UnsupportedSignatureType,
        "[ArenaMarshal] cannot marshal this parameter or return type",
        "{0} of '{1}' has type '{2}', which [ArenaMarshal] cannot marshal: {3}",
        RuleDescriptor.Usage, DiagnosticSeverity.Error,
        "Parameters may be blittable values, pointers, function pointers, in/ref/out of blittable types, blittable arrays and spans, SafeHandles, strings, string arrays, bool, char and [ArenaStruct] shapes; returns may be void, blittable values, pointers, string or bool.");

    /// <summary>Reports this rule for one written [ArenaMarshal] method declaration.</summary>
    public static void Check(ArenaMarshalMethod declaration)
    {
        IMethodSymbol method = declaration.Method;
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            string? reason = MarshallingSupport.CheckParameter(parameter);
            if (reason is not null)
            {
                declaration.Report(Diagnostic.Create(Descriptor, DeclarationSyntax.TypeLocation(parameter),
                    $"Parameter '{parameter.Name}'", declaration.Name, MarshallingSupport.Display(parameter.Type), reason));
            }
        }

        string? returnReason = MarshallingSupport.CheckReturn(method);
        if (returnReason is not null)
        {
            declaration.Report(Diagnostic.Create(Descriptor, ReturnTypeLocation(method, declaration.Location),
                "The return", declaration.Name, MarshallingSupport.Display(method.ReturnType), returnReason));
        }
    }

    private static Location ReturnTypeLocation(IMethodSymbol method, Location fallback)
    {
        foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is MethodDeclarationSyntax declaration) return declaration.ReturnType.GetLocation();
        }
        return fallback;
    }
}
