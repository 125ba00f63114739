using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ParamArena.Analyzers.Usage;

/// <summary>
/// One [ArenaStruct] shape written by the user, resolved once by <see cref="ArenaStructAnalyzer"/> and handed to
/// every rule that checks it, so no rule repeats the member walk.
/// </summary>
internal sealed class ArenaStructShape
{
    private readonly Action<Diagnostic> _report;

    public ArenaStructShape(INamedTypeSymbol shape, AnalyzerOptions options, Action<Diagnostic> report)
    {
        Shape = shape;
        Options = options;
        _report = report;
        ImmutableArray<IFieldSymbol>.Builder fields = ImmutableArray.CreateBuilder<IFieldSymbol>();
        foreach (ISymbol member in shape.GetMembers())
        {
            if (member is IFieldSymbol { IsStatic: false, IsConst: false, IsImplicitlyDeclared: false } field) fields.Add(field);
        }
        Fields = fields.ToImmutable();
    }

    /// <summary>The shape's symbol.</summary>
    public INamedTypeSymbol Shape { get; }

    /// <summary>The analyzer options (to tell generated files apart).</summary>
    public AnalyzerOptions Options { get; }

    /// <summary>The shape's instance fields, in declaration order, including those declared in generated parts.</summary>
    public ImmutableArray<IFieldSymbol> Fields { get; }

    /// <summary>Reports a diagnostic.</summary>
    public void Report(Diagnostic diagnostic) => _report(diagnostic);

    /// <summary>True when every declaration of <paramref name="symbol"/> is in a generated file.</summary>
    public bool DeclaredOnlyInGeneratedFiles(ISymbol symbol) => GeneratedFiles.DeclaredOnlyInGenerated(symbol, Options);
}
