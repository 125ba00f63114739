using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ParamArena.Marshalling;

/// <summary>Reads <c>[ArenaCountParameter]</c>: the native count argument a span or array parameter adds.</summary>
internal static class CountBuilder
{
    private const string AttributeName = "ArenaCountParameter";

    public static CountParameterModel? ForParameter(IParameterSymbol parameter, ElementModel? element, List<DiagnosticInfo> diagnostics)
    {
        AttributeData? attribute = TypeFacts.Attribute(parameter, KnownNames.ArenaCountParameterAttribute);
        // A caller buffer's capacity is its native count: [ArenaStringBuffer] gives its position and type.
        StringBufferModel? buffer = element?.Buffer;
        if (attribute is null || attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not int index)
            return buffer is null ? null : new CountParameterModel(buffer.CapacityIndex, buffer.CapacityType, InBytes: false);
        Location? at = attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? parameter.Locations.FirstOrDefault();
        if (parameter.Type.SpecialType == SpecialType.System_String && parameter.RefKind != RefKind.None)
        {
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.StringLengthNotApplicable, at, "parameter '" + parameter.Name + "'", parameter.ContainingSymbol.Name,
                buffer is not null
                    ? "the buffer's capacity is passed at [ArenaStringBuffer]'s position; remove [ArenaCountParameter]"
                    : "the callee writes this string, so there is no length to pass in; pass the string by value to send its length"));
            return null;
        }
        bool isString = parameter.Type.SpecialType == SpecialType.System_String || element?.Kind == MarshallerKind.CString;
        bool isSequence = parameter.Type is IArrayTypeSymbol { Rank: 1 } || TypeFacts.SpanElement(parameter.Type) is not null || isString;
        if (!isSequence || parameter.RefKind != RefKind.None)
        {
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.CountWithoutSequence, at, AttributeName, parameter.Name, TypeFacts.Display(parameter.Type)));
            return null;
        }
        string countType = "int";
        bool inBytes = false;
        foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
        {
            if (named.Key == "CountType")
            {
                string? keyword = TypeFacts.CountTypeKeyword(named.Value.Value as ITypeSymbol);
                if (keyword is null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(UsageRules.InvalidCountType, at, AttributeName, parameter.Name,
                        named.Value.Value is ITypeSymbol given ? TypeFacts.Display(given) : "null"));
                    return null;
                }
                countType = keyword;
            }
            else if (named.Key == "InBytes" && named.Value.Value is bool b)
            {
                inBytes = b;
            }
        }
        return element is null ? null : new CountParameterModel(index, countType, inBytes);
    }

    /// <summary>
    /// Counts land on distinct positions inside the native parameter list (declared parameters plus counts);
    /// <paramref name="notPassed"/> of the method's parameters are not native arguments (a function pointer, an enumeration's memory).
    /// </summary>
    public static void CheckPositions(IMethodSymbol method, List<ParameterModel> parameters, List<DiagnosticInfo> diagnostics, int notPassed = 0)
    {
        int nativeCount = method.Parameters.Length - notPassed + parameters.Count(p => p.Count is not null);
        Dictionary<int, string> seen = new();
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            // A parameter without a name (a syntax error) cannot be told from another such one.
            if (parameter.Name.Length == 0) continue;
            ParameterModel? model = parameters.FirstOrDefault(p => p.Name.TrimStart('@') == parameter.Name);
            if (model?.Count is not { } count) continue;
            Location? at = (TypeFacts.Attribute(parameter, KnownNames.ArenaCountParameterAttribute) ?? TypeFacts.Attribute(parameter, KnownNames.ArenaEnumeratedAttribute))?.ApplicationSyntaxReference?.GetSyntax().GetLocation()
                ?? parameter.Locations.FirstOrDefault() ?? method.Locations.FirstOrDefault();
            if (count.NativeIndex < 0 || count.NativeIndex >= nativeCount)
            {
                diagnostics.Add(DiagnosticInfo.Create(UsageRules.CountPositionOutOfRange, at, parameter.Name, count.NativeIndex.ToString(),
                    nativeCount.ToString(), (nativeCount - 1).ToString()));
            }
            else if (seen.TryGetValue(count.NativeIndex, out string? other))
            {
                diagnostics.Add(DiagnosticInfo.Create(UsageRules.CountPositionTaken, at, other, parameter.Name, count.NativeIndex.ToString()));
            }
            else
            {
                seen.Add(count.NativeIndex, parameter.Name);
            }
        }
    }
}
