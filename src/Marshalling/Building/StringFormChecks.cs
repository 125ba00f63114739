using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ParamArena.Marshalling;

/// <summary>
/// The checks on string forms that need the whole method: a named free function needs a library to be found in, and a
/// caller buffer needs a return that says when it was too small.
/// </summary>
internal static class StringFormChecks
{
    public static void Check(IMethodSymbol method, ReturnModel? returnModel, List<ParameterModel> parameters, bool namesLibrary, List<DiagnosticInfo> diagnostics)
    {
        if (!namesLibrary)
        {
            if (returnModel?.Element?.Free is { Function: not null, Library: null })
                NoLibrary(method, TypeFacts.Attribute(method.GetReturnTypeAttributes(), KnownNames.ArenaFreeAttribute), "the return", diagnostics);
            foreach (ParameterModel parameter in parameters)
            {
                if (parameter.Element.Free is not { Function: not null, Library: null }) continue;
                IParameterSymbol? symbol = Symbol(method, parameter);
                NoLibrary(method, symbol is null ? null : TypeFacts.Attribute(symbol, KnownNames.ArenaFreeAttribute), "parameter '" + parameter.Name.TrimStart('@') + "'", diagnostics);
            }
        }
        foreach (ParameterModel parameter in parameters)
        {
            if (parameter.Element.Buffer is not { } buffer) continue;
            ITypeSymbol returned = method.ReturnType;
            bool integer = returned.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_IntPtr
                or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_UIntPtr;
            string? why = method.ReturnsVoid ? "the stub learns from the return whether the buffer was big enough; declare the native return"
                : buffer.ReturnsLength && !integer ? "with ReturnFillsCapacity the return is the length written; declare it as an integer (int, long, nint...)"
                : !buffer.ReturnsLength && !(returned.TypeKind == TypeKind.Pointer || returned.SpecialType is SpecialType.System_IntPtr or SpecialType.System_UIntPtr)
                    ? "with NullReturnWithErrno the return is null when the buffer was too small; declare it as nint or a pointer"
                : null;
            if (why is null) continue;
            IParameterSymbol? symbol = Symbol(method, parameter);
            AttributeData? attribute = symbol is null ? null : TypeFacts.Attribute(symbol, KnownNames.ArenaStringBufferAttribute);
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.StringBufferNotApplicable,
                attribute?.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? method.Locations[0],
                "parameter '" + parameter.Name.TrimStart('@') + "'", method.Name, why));
        }
    }

    private static IParameterSymbol? Symbol(IMethodSymbol method, ParameterModel parameter)
    {
        foreach (IParameterSymbol symbol in method.Parameters)
        {
            if (symbol.Name == parameter.Name.TrimStart('@')) return symbol;
        }
        return null;
    }

    private static void NoLibrary(IMethodSymbol method, AttributeData? attribute, string what, List<DiagnosticInfo> diagnostics) =>
        diagnostics.Add(DiagnosticInfo.Create(UsageRules.FreeNotApplicable, attribute?.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? method.Locations[0],
            what, method.Name, "the stub is not bound to a library by name (a function table, an [ArenaFunctionPointer] or an [ArenaLibrary] declaration), so give the library that exports the free function with Library = \"...\""));
}
