using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ParamArena.Analyzers.Usage;

/// <summary>
/// Reports every [ArenaMarshal] method the generator would refuse (PA0001–PA0005, PA0007 for count
/// parameters) and pointer returns that may point into the stub's released staging (PA1006).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ArenaMarshalMethodAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableHashSet<SpecialType> CountParameterTypes = ImmutableHashSet.Create(
        SpecialType.System_Int32, SpecialType.System_UInt32, SpecialType.System_Int64, SpecialType.System_UInt64,
        SpecialType.System_IntPtr, SpecialType.System_UIntPtr, SpecialType.System_UInt16, SpecialType.System_Byte);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.NotStaticPartial, Descriptors.ContainingTypeNotPartial, Descriptors.GenericMethod,
        Descriptors.BothImportAttributes, Descriptors.UnsupportedSignatureType, Descriptors.InconsistentCount,
        Descriptors.PointerIntoStaging, Descriptors.InvalidDeclaration);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // Generated files are skipped by GeneratedFiles below, not by Roslyn (see there why).
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        // One action per written declaration: symbol actions on partial methods differ between compiler versions
        // (definition, implementation or both), while the user's declaration is always exactly one node.
        context.RegisterSyntaxNodeAction(AnalyzeDeclaration, SyntaxKind.MethodDeclaration);
    }

    private static void AnalyzeDeclaration(SyntaxNodeAnalysisContext context)
    {
        // A partial method is analyzed once, through its declaration; the (generated) implementation part is skipped.
        if (DeclarationSyntax.IsPartialImplementation(context.Node) || GeneratedFiles.IsGenerated(context.Node.SyntaxTree, context.Options)) return;
        if (context.SemanticModel.GetDeclaredSymbol(context.Node, context.CancellationToken) is not IMethodSymbol method) return;
        AttributeData? arenaMarshal = ParamArenaSymbols.GetAttribute(method, ParamArenaSymbols.ArenaMarshalAttribute);
        if (arenaMarshal is null) return;
        Location location = DeclarationSyntax.NameLocation(method);
        string name = method.Name;

        string? shapeProblem = DescribeShapeProblem(method);
        if (shapeProblem is not null) context.ReportDiagnostic(Diagnostic.Create(Descriptors.NotStaticPartial, location, name, shapeProblem));

        INamedTypeSymbol? nonPartial = DeclarationSyntax.FirstNonPartial(method.ContainingType);
        if (nonPartial is not null) context.ReportDiagnostic(Diagnostic.Create(Descriptors.ContainingTypeNotPartial, location, nonPartial.Name, name));

        if (method.IsGenericMethod) context.ReportDiagnostic(Diagnostic.Create(Descriptors.GenericMethod, location, name));

        CheckAttributeArguments(context, arenaMarshal, location, name);

        if (ParamArenaSymbols.HasAttribute(method, ParamArenaSymbols.LibraryImportAttribute))
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.BothImportAttributes, location, name));

        foreach (IParameterSymbol parameter in method.Parameters)
        {
            if (parameter.Name.StartsWith("__", System.StringComparison.Ordinal))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidDeclaration, DeclarationSyntax.NameLocation(parameter),
                    $"Parameter '{parameter.Name}' of '{name}' starts with '__', which the generated stub reserves for its own locals; rename the parameter"));
            }
            string? reason = MarshallingSupport.CheckParameter(parameter);
            if (reason is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnsupportedSignatureType, DeclarationSyntax.TypeLocation(parameter),
                    $"Parameter '{parameter.Name}'", name, MarshallingSupport.Display(parameter.Type), reason));
            }
        }

        string? returnReason = MarshallingSupport.CheckReturn(method);
        if (returnReason is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnsupportedSignatureType, ReturnTypeLocation(method, location),
                "The return", name, MarshallingSupport.Display(method.ReturnType), returnReason));
        }

        CheckCountParameters(context, method);
        CheckPointerIntoStaging(context, method, arenaMarshal, location);
    }

    private static void CheckAttributeArguments(SyntaxNodeAnalysisContext context, AttributeData arenaMarshal, Location location, string name)
    {
        Location at = DeclarationSyntax.AttributeLocation(arenaMarshal, location);
        if (arenaMarshal.ConstructorArguments.Length == 1 && arenaMarshal.ConstructorArguments[0] is { Kind: TypedConstantKind.Primitive, Value: null })
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidDeclaration, at,
                $"[ArenaMarshal] on '{name}' has a null library name; give the library to load, as [LibraryImport] does (for example \"libz.so.1\")"));
        }
        // System.Runtime.InteropServices.StringMarshalling.Custom is 0.
        if (ParamArenaSymbols.NamedArgument(arenaMarshal, "StringMarshalling") is { Value: 0 })
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidDeclaration, at,
                $"[ArenaMarshal] on '{name}' asks for StringMarshalling.Custom, which it does not support; use Utf8 (the default) or Utf16, or keep [LibraryImport] with its custom marshaller"));
        }
    }

    private static string? DescribeShapeProblem(IMethodSymbol method)
    {
        if (!method.IsStatic) return "is not static";
        if (method.IsExtern) return "is extern";
        foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not MethodDeclarationSyntax declaration) continue;
            if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword)) return "is not partial";
            if (DeclarationSyntax.IsPartialImplementation(declaration)) return "has a body";
        }
        return null;
    }

    private static Location ReturnTypeLocation(IMethodSymbol method, Location fallback)
    {
        foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is MethodDeclarationSyntax declaration) return declaration.ReturnType.GetLocation();
        }
        return fallback;
    }

    private static void CheckCountParameters(SyntaxNodeAnalysisContext context, IMethodSymbol method)
    {
        var counted = new List<(IParameterSymbol Parameter, AttributeData Attribute, int Index)>();
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            AttributeData? attribute = ParamArenaSymbols.GetAttribute(parameter, ParamArenaSymbols.ArenaCountParameterAttribute);
            if (attribute is null) continue;
            Location at = DeclarationSyntax.AttributeLocation(attribute, DeclarationSyntax.NameLocation(parameter));
            bool isSequence = MarshallingSupport.SequenceElement(parameter.Type) is not null;
            if (!isSequence || parameter.RefKind != RefKind.None)
            {
                Report(context, at, $"[ArenaCountParameter] is on '{parameter.Name}' of type '{MarshallingSupport.Display(parameter.Type)}', which has no length; put it on an array or span parameter passed by value");
                continue;
            }
            if (ParamArenaSymbols.NamedArgument(attribute, "CountType") is { Value: ITypeSymbol countType } && !CountParameterTypes.Contains(countType.SpecialType))
            {
                Report(context, at, $"[ArenaCountParameter] on '{parameter.Name}' has CountType '{MarshallingSupport.Display(countType)}'; use int, uint, long, ulong, nint, nuint, ushort or byte");
            }
            if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is int index)
                counted.Add((parameter, attribute, index));
        }

        int nativeCount = method.Parameters.Length + counted.Count;
        var seen = new Dictionary<int, string>();
        foreach (var (parameter, attribute, index) in counted)
        {
            Location at = DeclarationSyntax.AttributeLocation(attribute, DeclarationSyntax.NameLocation(parameter));
            if (index < 0 || index >= nativeCount)
            {
                Report(context, at, $"The count of '{parameter.Name}' is at native position {index}, but the native function has {nativeCount} parameters (0 to {nativeCount - 1}); give the count's zero-based position in the C signature");
            }
            else if (seen.TryGetValue(index, out string? other))
            {
                Report(context, at, $"The counts of '{other}' and '{parameter.Name}' both claim native position {index}; each count needs its own position in the C signature");
            }
            else
            {
                seen.Add(index, parameter.Name);
            }
        }
    }

    private static void CheckPointerIntoStaging(SyntaxNodeAnalysisContext context, IMethodSymbol method, AttributeData arenaMarshal, Location location)
    {
        if (method.ReturnType is not IPointerTypeSymbol returned) return;
        bool utf16 = ParamArenaSymbols.NamedArgument(arenaMarshal, "StringMarshalling") is { Value: int encoding } && encoding == 2;
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            if (!MarshallingSupport.IsStaged(parameter)) continue;
            if (StagedPointee(parameter.Type, returned.PointedAtType, utf16))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.PointerIntoStaging, location, method.Name,
                    MarshallingSupport.Display(method.ReturnType), parameter.Name));
                return;
            }
        }
    }

    // True when a pointer to 'pointee' is what the stub passes for a staged parameter of type 'staged'.
    private static bool StagedPointee(ITypeSymbol staged, ITypeSymbol pointee, bool utf16)
    {
        if (MarshallingSupport.IsString(staged)) return IsCharacter(pointee, utf16);
        ITypeSymbol? element = staged is IArrayTypeSymbol array ? array.ElementType : MarshallingSupport.SpanElement(staged, out _);
        if (element is not null && MarshallingSupport.IsString(element))
            return pointee is IPointerTypeSymbol inner && IsCharacter(inner.PointedAtType, utf16);
        ITypeSymbol shape = element ?? staged;
        if (MarshallingSupport.IsNullableShape(shape)) shape = ((INamedTypeSymbol)shape).TypeArguments[0];
        return MarshallingSupport.IsShape(shape) && pointee.Name == "Native" && SymbolEqualityComparer.Default.Equals(pointee.ContainingType, shape);
    }

    private static bool IsCharacter(ITypeSymbol type, bool utf16)
        => utf16 ? type.SpecialType is SpecialType.System_Char or SpecialType.System_UInt16
                 : type.SpecialType is SpecialType.System_Byte or SpecialType.System_SByte;

    private static void Report(SyntaxNodeAnalysisContext context, Location location, string message)
        => context.ReportDiagnostic(Diagnostic.Create(Descriptors.InconsistentCount, location, message));
}
