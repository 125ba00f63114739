using System;
using Microsoft.CodeAnalysis;

namespace ParamArena.Analyzers.Usage;

/// <summary>
/// One written [ArenaMarshal] method declaration, resolved once by <see cref="InteropMethodAnalyzer"/> and
/// handed to every rule that checks it, so no rule repeats the symbol and attribute look-ups.
/// </summary>
internal sealed class ArenaMarshalMethod
{
    private readonly Action<Diagnostic> _report;

    public ArenaMarshalMethod(IMethodSymbol method, AttributeData attribute, Action<Diagnostic> report)
    {
        Method = method;
        Attribute = attribute;
        Location = DeclarationSyntax.NameLocation(method);
        _report = report;
    }

    /// <summary>The method's symbol.</summary>
    public IMethodSymbol Method { get; }

    /// <summary>Its [ArenaMarshal] attribute.</summary>
    public AttributeData Attribute { get; }

    /// <summary>The method's name, where method-level diagnostics go.</summary>
    public Location Location { get; }

    /// <summary>The method's name.</summary>
    public string Name => Method.Name;

    /// <summary>Reports a diagnostic.</summary>
    public void Report(Diagnostic diagnostic) => _report(diagnostic);
}
