using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ParamArena.Analyzers.Usage;

/// <summary>Reports [ArenaStruct] shapes the generator would refuse: not partial (PA0008), unsupported fields (PA0006), inconsistent counts (PA0007).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ArenaStructAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableHashSet<SpecialType> CountFieldTypes = ImmutableHashSet.Create(
        SpecialType.System_UInt32, SpecialType.System_Int32, SpecialType.System_UInt64, SpecialType.System_Int64,
        SpecialType.System_UIntPtr, SpecialType.System_IntPtr, SpecialType.System_UInt16, SpecialType.System_Byte);

    // Members the generator adds to every shape (src/Generator/Analysis/ShapeModelBuilder.cs).
    private static readonly string[] GeneratedMemberNames = { "Native", "Stage", "StageInto", "StageArray" };

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.ShapeNotPartial, Descriptors.UnsupportedShapeField, Descriptors.InconsistentCount, Descriptors.InvalidDeclaration);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // Generated files are skipped by GeneratedFiles below, not by Roslyn (see there why).
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(AnalyzeType, SymbolKind.NamedType);
    }

    private static void AnalyzeType(SymbolAnalysisContext context)
    {
        var shape = (INamedTypeSymbol)context.Symbol;
        if (shape.TypeKind != TypeKind.Struct || !ParamArenaSymbols.HasAttribute(shape, ParamArenaSymbols.ArenaStructAttribute)) return;
        if (DeclaredOnlyInGeneratedFiles(shape, context.Options)) return;
        if (shape.IsGenericType)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidDeclaration, DeclarationSyntax.NameLocation(shape),
                $"Shape '{shape.Name}' is generic; a native struct has one fixed layout, so declare one non-generic shape per layout"));
            return;
        }
        foreach (string generatedName in GeneratedMemberNames)
        {
            ISymbol? clash = shape.GetMembers(generatedName).FirstOrDefault(member => !member.IsImplicitlyDeclared && !DeclaredOnlyInGeneratedFiles(member, context.Options));
            if (clash is null) continue;
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidDeclaration, DeclarationSyntax.NameLocation(clash),
                $"Shape '{shape.Name}' declares a member named '{generatedName}', a name the generator uses for the shape's Native struct and staging methods; rename the member"));
            break;
        }

        if (DeclarationSyntax.FirstNonPartial(shape) is { } nonPartial)
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ShapeNotPartial, DeclarationSyntax.NameLocation(nonPartial),
                additionalLocations: new[] { DeclarationSyntax.NameLocation(shape) }, messageArgs: new object[] { nonPartial.Name }));

        var counts = new Dictionary<string, (IFieldSymbol Field, ITypeSymbol? Type, bool InBytes)>();
        var fieldNames = new HashSet<string>();
        foreach (ISymbol member in shape.GetMembers())
        {
            if (member is IFieldSymbol { IsStatic: false, IsConst: false, IsImplicitlyDeclared: false } named) fieldNames.Add(named.Name);
        }
        foreach (ISymbol member in shape.GetMembers())
        {
            if (member is not IFieldSymbol { IsStatic: false, IsConst: false, IsImplicitlyDeclared: false } field) continue;
            if (DeclaredOnlyInGeneratedFiles(field, context.Options)) continue;
            string? reason = MarshallingSupport.CheckShapeField(field);
            if (reason is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnsupportedShapeField, DeclarationSyntax.TypeLocation(field),
                    field.Name, shape.Name, MarshallingSupport.Display(field.Type), reason));
            }
            CheckCount(context, field, counts, fieldNames);
        }
    }

    private static bool DeclaredOnlyInGeneratedFiles(ISymbol symbol, AnalyzerOptions options)
    {
        foreach (SyntaxReference reference in symbol.DeclaringSyntaxReferences)
        {
            if (!GeneratedFiles.IsGenerated(reference.SyntaxTree, options)) return false;
        }
        return symbol.DeclaringSyntaxReferences.Length > 0;
    }

    private static void CheckCount(SymbolAnalysisContext context, IFieldSymbol field, Dictionary<string, (IFieldSymbol Field, ITypeSymbol? Type, bool InBytes)> counts, HashSet<string> fieldNames)
    {
        AttributeData? attribute = ParamArenaSymbols.GetAttribute(field, ParamArenaSymbols.ArenaCountAttribute);
        if (attribute is null) return;
        Location at = DeclarationSyntax.AttributeLocation(attribute, DeclarationSyntax.NameLocation(field));
        if (field.Type is not IArrayTypeSymbol)
        {
            Report(context, at, $"[ArenaCount] is on '{field.Name}' of type '{MarshallingSupport.Display(field.Type)}', which is not an array; only array fields have native counts, so remove the attribute or make the field an array");
            return;
        }
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string name) return;
        if (name.Length == 0 || !SyntaxFacts.IsValidIdentifier(name))
        {
            Report(context, at, $"[ArenaCount] on '{field.Name}' names its count '{name}', which is not a valid field name; use a C# identifier such as '{field.Name}Count'");
            return;
        }
        if (fieldNames.Contains(name))
        {
            Report(context, at, $"[ArenaCount] on '{field.Name}' names its count '{name}', which is also a field of the shape; the native struct would have two fields with that name, so pick another count name");
            return;
        }
        ITypeSymbol? countType = ParamArenaSymbols.NamedArgument(attribute, "CountType")?.Value as ITypeSymbol;
        if (countType is not null && !CountFieldTypes.Contains(countType.SpecialType))
        {
            Report(context, at, $"[ArenaCount] on '{field.Name}' has CountType '{MarshallingSupport.Display(countType)}'; use uint, int, ulong, long, nuint, nint, ushort or byte");
            return;
        }
        bool inBytes = ParamArenaSymbols.NamedArgument(attribute, "InBytes")?.Value is true;
        if (!counts.TryGetValue(name, out var first))
        {
            counts.Add(name, (field, countType, inBytes));
            return;
        }
        string firstType = first.Type is null ? "uint" : MarshallingSupport.Display(first.Type);
        string thisType = countType is null ? "uint" : MarshallingSupport.Display(countType);
        if (firstType != thisType)
        {
            Report(context, at, $"'{field.Name}' and '{first.Field.Name}' share the count '{name}' but declare it as '{thisType}' and '{firstType}'; give both the same CountType");
        }
        else if (first.InBytes != inBytes)
        {
            Report(context, at, $"'{field.Name}' and '{first.Field.Name}' share the count '{name}' but disagree on InBytes; a shared count has one unit, so set InBytes the same on both");
        }
    }

    private static void Report(SymbolAnalysisContext context, Location location, string message)
        => context.ReportDiagnostic(Diagnostic.Create(Descriptors.InconsistentCount, location, message));
}
