using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ParamArena.Marshalling;

/// <summary>
/// Reads an <c>[ArenaMarshal]</c> method into a <see cref="StubModel"/>, or into the diagnostics that say why not
/// (and, where the declaration can hold one, a throwing stand-in body so the compiler reports nothing else).
/// </summary>
internal static class StubBuilder
{
    /// <summary>The generator's entry: the attributed method as the pipeline sees it.</summary>
    public static Built<StubModel> Build(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IMethodSymbol method || context.Attributes.IsEmpty) return new Built<StubModel>(null, null, default);
        if (context.TargetNode is not MethodDeclarationSyntax syntax) return NotAMethod(context, method, cancellationToken);
        try
        {
            return Build(method, syntax, context.Attributes[0], context.SemanticModel, asConversion: false, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception)
        {
            // The generator never fails a build; an input nobody foresaw gets no stub (and the compiler's CS8795).
            return new Built<StubModel>(null, null, default);
        }
    }

    /// <summary>
    /// The declarations [ArenaMarshal] may be written on (AttributeTargets.Method): methods, and also local functions,
    /// accessors, operators, constructors, finalizers and lambdas, which are refused with a reason rather than ignored.
    /// </summary>
    public static bool IsMethodLike(SyntaxNode node) =>
        node is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax or AnonymousFunctionExpressionSyntax;

    private static Built<StubModel> NotAMethod(GeneratorAttributeSyntaxContext context, IMethodSymbol method, CancellationToken cancellationToken)
    {
        string? form = context.TargetNode switch
        {
            LocalFunctionStatementSyntax => "is a local function",
            AccessorDeclarationSyntax => "is a property or event accessor",
            AnonymousFunctionExpressionSyntax => "is a lambda",
            OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax => "is an operator",
            ConstructorDeclarationSyntax => "is a constructor",
            DestructorDeclarationSyntax => "is a finalizer",
            _ => null,
        };
        if (form is null) return new Built<StubModel>(null, null, default);
        Location at = context.Attributes[0].ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? context.TargetNode.GetLocation();
        string name = context.TargetNode is AnonymousFunctionExpressionSyntax ? "(lambda)" : method.Name;
        return new Built<StubModel>(null, null, new EquatableArray<DiagnosticInfo>(new[] { DiagnosticInfo.Create(UsageRules.NotStaticPartial, at, name, form) }));
    }

    /// <summary>
    /// Builds the stub of <paramref name="method"/> as declared with <paramref name="attribute"/>. With
    /// <paramref name="asConversion"/>, <paramref name="attribute"/> is a [LibraryImport] or [DllImport] the method would
    /// trade for [ArenaMarshal]: the checks on the method's own form (static partial, other import attributes) are skipped.
    /// </summary>
    public static Built<StubModel> Build(IMethodSymbol method, MethodDeclarationSyntax syntax, AttributeData attribute, SemanticModel model,
        bool asConversion, CancellationToken cancellationToken)
    {
        Compilation compilation = model.Compilation;
        List<DiagnosticInfo> diagnostics = new();
        Location at = syntax.Identifier.GetLocation();
        Location attributeAt = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? at;
        string name = method.Name;
        INamedTypeSymbol containing = method.ContainingType;
        // In an [ArenaFunctionTable] the function comes from the table's loader: an instance method, no library.
        bool inTable = !asConversion && TypeFacts.Attribute(containing, KnownNames.ArenaFunctionTableAttribute) is not null;
        bool allowUnsafe = compilation.Options is not CSharpCompilationOptions { AllowUnsafe: false };

        if (!asConversion)
        {
            if (!allowUnsafe)
                diagnostics.Add(DiagnosticInfo.Create(UsageRules.UnsafeBlocksRequired, attributeAt, "ArenaMarshal"));
            string? form = inTable && method.IsStatic ? "is static"
                : !inTable && !method.IsStatic ? "is not static"
                : method.IsExtern ? "is extern"
                : !syntax.Modifiers.Any(SyntaxKind.PartialKeyword) ? "is not partial"
                : syntax.Body is not null || syntax.ExpressionBody is not null ? "has a body"
                : method.PartialImplementationPart is not null ? "already has an implementing declaration"
                : null;
            if (form is not null && inTable) diagnostics.Add(DiagnosticInfo.Create(UsageRules.TableMethodForm, at, name, containing.Name, form));
            else if (form is not null) diagnostics.Add(DiagnosticInfo.Create(UsageRules.NotStaticPartial, at, name, form));
            foreach (string other in new[] { KnownNames.LibraryImportAttribute, KnownNames.DllImportAttribute })
            {
                if (TypeFacts.Attribute(method, other) is not null)
                    diagnostics.Add(DiagnosticInfo.Create(UsageRules.BothImportAttributes, at, name, other.Substring(other.LastIndexOf('.') + 1).Replace("Attribute", "")));
            }
        }
        if (TypeFacts.Attribute(method, KnownNames.LCIDConversionAttribute) is { } lcid)
        {
            SyntaxNode? lcidSyntax = lcid.ApplicationSyntaxReference?.GetSyntax(cancellationToken);
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.UnsupportedMarshallingAttribute, lcidSyntax?.GetLocation() ?? at, "The declaration", name,
                "[" + (lcidSyntax?.ToString() ?? "LCIDConversion") + "]", "the stub passes no locale argument; declare the LCID as an ordinary int parameter"));
        }
        // A conversion makes the enclosing types partial itself.
        if (!asConversion && SymbolText.FirstNonPartial(containing) is { } nonPartial)
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.ContainingTypeNotPartial, at, nonPartial.Name, name));
        if (SymbolText.FirstFileLocal(containing) is { } fileLocal)
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.FileLocalType, at, name, fileLocal.Name));
        // A type parameter is allowed as a chain of a head shape: the JIT specializes the stub per chain type.
        if (method.IsGenericMethod && method.TypeParameters.Any(t => !method.Parameters.Any(p => SymbolEqualityComparer.Default.Equals(p.Type, t) && TypeFacts.ChainHead(t) is not null)))
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.GenericMethod, at, name));
        if (method.IsVararg)
        {
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.UnsupportedSignatureType, syntax.ParameterList.GetLocation(), "Parameter '__arglist'", name, "__arglist",
                "a variable argument list has no fixed native signature; declare one method per native signature"));
        }
        if (!inTable && SymbolText.FirstGeneric(containing) is { } generic)
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.GenericContainingType, at, name, generic.Name));

        // The attribute: library, entry point, strings, last error.
        string? library = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
        bool pointerBound = method.Parameters.Any(p => TypeFacts.Attribute(p, KnownNames.ArenaFunctionPointerAttribute) is not null);
        if ((inTable || pointerBound) && attribute.ConstructorArguments.Length == 1)
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.InvalidImportTarget, attributeAt, name, inTable
                ? $"'{containing.Name}' is a function table, whose functions come from its loader; remove the library name"
                : "the function to call is the [ArenaFunctionPointer] parameter; remove the library name"));
        else if (!inTable && !pointerBound && WhyNotAName(library, "library name") is { } badLibrary)
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.InvalidImportTarget, attributeAt, name, badLibrary));
        string entryPoint = method.Name;
        bool setLastError = false, utf16 = false;
        foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
        {
            switch (named.Key)
            {
                case "EntryPoint":
                    if (WhyNotAName(named.Value.Value as string, "entry point") is { } badEntry)
                        diagnostics.Add(DiagnosticInfo.Create(UsageRules.InvalidImportTarget, attributeAt, name, badEntry));
                    else entryPoint = (string)named.Value.Value!;
                    break;
                case "SetLastError" when named.Value.Value is bool b:
                    setLastError = b;
                    break;
                case "StringMarshalling" when named.Value.Value is int s:
                    if (s == KnownNames.StringMarshallingCustom) diagnostics.Add(DiagnosticInfo.Create(UsageRules.CustomStringMarshalling, attributeAt, name));
                    utf16 = s == KnownNames.StringMarshallingUtf16;
                    break;
                case "StringMarshallingCustomType" when named.Value.Value is not null:
                    diagnostics.Add(DiagnosticInfo.Create(UsageRules.CustomStringMarshalling, attributeAt, name));
                    break;
                case "Required" when named.Value.Value is true && !inTable:
                    diagnostics.Add(DiagnosticInfo.Create(UsageRules.InvalidImportTarget, attributeAt, name,
                        "Required applies to methods of an [ArenaFunctionTable]; an exported function is found when the library loads"));
                    break;
                case "CharSet" when named.Value.Value is int charSet:
                    utf16 = charSet == 3; // CharSet.Unicode
                    break;
            }
        }

        Func<INamedTypeSymbol, bool> shapeAccepted = ShapeBuilder.AcceptanceCache(compilation);
        ReturnModel? returnModel = BuildReturn(method, syntax, utf16, shapeAccepted, compilation, diagnostics);
        List<ParameterModel> parameters = new();
        List<string> parameterNames = new();
        string? pointerParameter = null;
        for (int i = 0; i < method.Parameters.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IParameterSymbol parameter = method.Parameters[i];
            ParameterSyntax? parameterSyntax = i < syntax.ParameterList.Parameters.Count ? syntax.ParameterList.Parameters[i] : null;
            string parameterName = SymbolText.Identifier(parameter.Name);
            parameterNames.Add(parameterName);
            Location parameterAt = parameterSyntax?.Type?.GetLocation() ?? at;
            if (parameter.Name.StartsWith(KnownNames.ReservedPrefix, StringComparison.Ordinal))
                diagnostics.Add(DiagnosticInfo.Create(UsageRules.ReservedParameterName, parameterSyntax?.Identifier.GetLocation() ?? at, parameter.Name, name));
            if (TypeFacts.HasErrors(parameter.Type)) continue;
            if (TypeFacts.Attribute(parameter, KnownNames.ArenaFunctionPointerAttribute) is not null)
            {
                // The function to call: not an argument of it.
                string? why = inTable ? "a function table's methods call the pointers the table loaded"
                    : pointerParameter is not null ? $"'{pointerParameter}' already holds the function to call"
                    : parameter.RefKind != RefKind.None ? "it is passed by value"
                    : parameter.Type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer || parameter.Type.SpecialType == SpecialType.System_IntPtr ? null
                    : "it must be nint, a pointer or a function pointer";
                if (why is not null)
                    diagnostics.Add(DiagnosticInfo.Create(UsageRules.UnsupportedSignatureType, parameterAt, "Parameter '" + parameter.Name + "'", name, TypeFacts.Display(parameter.Type),
                        "[ArenaFunctionPointer] cannot apply: " + why));
                pointerParameter = parameterName;
                continue;
            }
            // An enumeration's memory provider is the stub's, not the native function's.
            if (EnumerationBuilder.IsProvider(parameter)) continue;
            ElementSite site = new(parameter.Type, parameter.RefKind, ElementRole.Parameter, parameter.GetAttributes(), utf16,
                parameter.Name, name, parameterAt, containing, compilation, shapeAccepted);
            if (TypeFacts.Attribute(parameter, KnownNames.ArenaEnumeratedAttribute) is { } enumerated)
            {
                if (EnumerationBuilder.Build(parameter, enumerated, parameterName, SymbolText.ParameterModifiers(parameterSyntax), site, diagnostics) is { } items)
                    parameters.Add(items);
                continue;
            }
            ElementModel? element = MarshallingResolver.Resolve(site, diagnostics);
            CountParameterModel? count = CountBuilder.ForParameter(parameter, element, diagnostics);
            if (element is not null) parameters.Add(new ParameterModel(parameterName, SymbolText.ParameterModifiers(parameterSyntax), element, count));
        }
        CountBuilder.CheckPositions(method, parameters, diagnostics, method.Parameters.Count(p => EnumerationBuilder.IsProvider(p) || TypeFacts.Attribute(p, KnownNames.ArenaFunctionPointerAttribute) is not null));
        StringFormChecks.Check(method, returnModel, parameters, namesLibrary: !inTable && pointerParameter is null && DeclaredLibrary(compilation, library).Count == 0, diagnostics);

        EquatableArray<ContainingTypeModel>? containingTypes = SymbolText.ContainingTypes(containing);
        string hintName = SymbolText.HintName(method, ".g.cs");
        string signature = SymbolText.Signature(method, syntax, parameterNames);
        EquatableArray<DiagnosticInfo> reported = new(diagnostics);
        bool signatureCompiles = !HasOwnErrors(syntax, model, cancellationToken) && !ExtensionOutsideStaticClass(syntax, containing);
        if (diagnostics.Count == 0 && returnModel is not null && containingTypes is not null && signatureCompiles)
        {
            EquatableArray<string> candidates = DeclaredLibrary(compilation, library);
            TargetModel target = inTable ? new TargetModel(TargetKind.Table, entryPoint, null, SymbolText.TableField(method), containing.Name, default)
                : pointerParameter is not null ? new TargetModel(TargetKind.Parameter, entryPoint, null, pointerParameter, null, default)
                : candidates.Count > 0 ? new TargetModel(TargetKind.DeclaredLibraryExport, entryPoint, library, SymbolText.TableField(method), null, candidates)
                : new TargetModel(TargetKind.Export, entryPoint, library, method.IsGenericMethod ? SymbolText.TableField(method) : null, null, default);
            return new Built<StubModel>(new StubModel(hintName, SymbolText.Namespace(method), containingTypes.Value, signature, returnModel,
                new EquatableArray<ParameterModel>(parameters), target, setLastError, ForwardedAttributes(method), CallingConventions(method),
                DeclaresSkipLocalsInit: TypeFacts.Attribute(method, KnownNames.SkipLocalsInitAttribute) is not null, Generic: method.IsGenericMethod), null, reported);
        }
        // With [LibraryImport] as well (PA0004), LibraryImport's generator writes the body; a second one would be CS0757.
        bool canHoldBody = !asConversion && method.IsPartialDefinition && method.PartialImplementationPart is null
            && containingTypes is not null && SymbolText.FirstFileLocal(containing) is null && signatureCompiles
            && TypeFacts.Attribute(method, KnownNames.LibraryImportAttribute) is null
            // Without AllowUnsafeBlocks (PA0009) the body is written outside 'unsafe', which a pointer in the signature needs.
            && (allowUnsafe || !MentionsPointer(method));
        FallbackModel? fallback = canHoldBody && diagnostics.Count > 0
            ? new FallbackModel(hintName, SymbolText.Namespace(method), containingTypes!.Value, signature,
                diagnostics[0].Descriptor.Id + ": " + string.Format(diagnostics[0].Descriptor.MessageFormat.ToString(), diagnostics[0].Arguments.Cast<object>().ToArray()), allowUnsafe)
            : null;
        return new Built<StubModel>(null, fallback, reported);
    }

    private static ReturnModel? BuildReturn(IMethodSymbol method, MethodDeclarationSyntax syntax, bool utf16, Func<INamedTypeSymbol, bool> shapeAccepted,
        Compilation compilation, List<DiagnosticInfo> diagnostics)
    {
        Location at = syntax.ReturnType.GetLocation();
        if (method.ReturnsByRef || method.ReturnsByRefReadonly)
        {
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.UnsupportedSignatureType, at, "The return", method.Name, TypeFacts.Display(method.ReturnType),
                "ref returns are not supported; return a pointer"));
            return null;
        }
        if (method.ReturnsVoid) return new ReturnModel("void", null);
        if (TypeFacts.HasErrors(method.ReturnType)) return null;
        ElementSite site = new(method.ReturnType, RefKind.None, ElementRole.Return, method.GetReturnTypeAttributes(), utf16,
            null, method.Name, at, method.ContainingType, compilation, shapeAccepted);
        ElementModel? element = MarshallingResolver.Resolve(site, diagnostics);
        return element is null ? null : new ReturnModel(SymbolText.Display(method.ReturnType), element);
    }

    private static bool MentionsPointer(IMethodSymbol method)
    {
        static bool Mentions(ITypeSymbol type) => type switch
        {
            IPointerTypeSymbol or IFunctionPointerTypeSymbol => true,
            IArrayTypeSymbol array => Mentions(array.ElementType),
            INamedTypeSymbol named => named.TypeArguments.Any(Mentions) || (named.ContainingType is { } outer && Mentions(outer)),
            _ => false,
        };
        return Mentions(method.ReturnType) || method.Parameters.Any(p => Mentions(p.Type));
    }

    private static string? WhyNotAName(string? value, string what) => value switch
    {
        null => $"the {what} is null; give the name the loader should use, as [LibraryImport] does",
        "" => $"the {what} is empty; give the name the loader should use",
        _ when value.IndexOf('\0') >= 0 => $"the {what} contains a NUL character, which no native name can hold",
        _ => null,
    };

    // Attributes LibraryImport forwards to its inner declaration, because they change how the call is made.
    private static EquatableArray<string> ForwardedAttributes(IMethodSymbol method)
    {
        List<string> forwarded = new();
        foreach (AttributeData attribute in method.GetAttributes())
        {
            string name = TypeFacts.FullName(attribute.AttributeClass);
            if (name == KnownNames.SuppressGCTransitionAttribute)
            {
                forwarded.Add("global::" + KnownNames.SuppressGCTransitionAttribute);
            }
            else if (name == KnownNames.DefaultDllImportSearchPathsAttribute && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is int paths)
            {
                forwarded.Add("global::" + KnownNames.DefaultDllImportSearchPathsAttribute + "((global::System.Runtime.InteropServices.DllImportSearchPath)(" + paths + "))");
            }
            else if (name == KnownNames.UnmanagedCallConvAttribute)
            {
                TypedConstant? types = TypeFacts.NamedArgument(attribute, "CallConvs");
                string list = types is { Kind: TypedConstantKind.Array } array && !array.Values.IsDefaultOrEmpty
                    ? string.Join(", ", array.Values.Select(v => "typeof(" + SymbolText.Display((ITypeSymbol)v.Value!) + ")"))
                    : "";
                forwarded.Add("global::" + KnownNames.UnmanagedCallConvAttribute + (list.Length > 0 ? "(CallConvs = new global::System.Type[] { " + list + " })" : ""));
            }
        }
        return new EquatableArray<string>(forwarded);
    }

    // The file names [assembly: ArenaLibrary(name, ...)] gives the library, or none.
    private static EquatableArray<string> DeclaredLibrary(Compilation compilation, string? library)
    {
        foreach (AttributeData attribute in compilation.Assembly.GetAttributes())
        {
            if (TypeFacts.FullName(attribute.AttributeClass) != KnownNames.ArenaLibraryAttribute || attribute.ConstructorArguments.Length != 2) continue;
            if (attribute.ConstructorArguments[0].Value as string != library || attribute.ConstructorArguments[1].Kind != TypedConstantKind.Array) continue;
            return new EquatableArray<string>(attribute.ConstructorArguments[1].Values.Select(v => v.Value as string).Where(v => !string.IsNullOrEmpty(v))!);
        }
        return default;
    }

    // The same attributes as a function pointer's calling conventions: unmanaged[Cdecl, SuppressGCTransition].
    private static EquatableArray<string> CallingConventions(IMethodSymbol method)
    {
        List<string> conventions = new();
        foreach (AttributeData attribute in method.GetAttributes())
        {
            string name = TypeFacts.FullName(attribute.AttributeClass);
            if (name == KnownNames.UnmanagedCallConvAttribute && TypeFacts.NamedArgument(attribute, "CallConvs") is { Kind: TypedConstantKind.Array } array && !array.Values.IsDefaultOrEmpty)
            {
                foreach (TypedConstant value in array.Values)
                {
                    if (value.Value is ITypeSymbol type && type.Name.StartsWith("CallConv", StringComparison.Ordinal)) conventions.Add(type.Name.Substring("CallConv".Length));
                }
            }
        }
        if (TypeFacts.Attribute(method, KnownNames.SuppressGCTransitionAttribute) is not null) conventions.Add("SuppressGCTransition");
        return new EquatableArray<string>(conventions);
    }

    // An extension method outside a top-level non-generic static class: the compiler reports CS1106 on every part of the
    // type, so a generated part would carry that error too.
    private static bool ExtensionOutsideStaticClass(MethodDeclarationSyntax syntax, INamedTypeSymbol containing) =>
        syntax.ParameterList.Parameters.FirstOrDefault()?.Modifiers.Any(SyntaxKind.ThisKeyword) == true
        && !(containing.IsStatic && containing.ContainingType is null && containing.Arity == 0);

    // Errors the compiler itself reports on the declaration (an unknown type, 'params' on a non-collection...): a body
    // repeating that signature would only repeat them.
    private static bool HasOwnErrors(MethodDeclarationSyntax syntax, SemanticModel model, CancellationToken cancellationToken)
    {
        if (syntax.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error)) return true;
        foreach (Diagnostic diagnostic in model.GetDeclarationDiagnostics(syntax.Span, cancellationToken))
        {
            if (diagnostic.Severity != DiagnosticSeverity.Error || diagnostic.Id == "CS8795") continue;
            // 'Shape.Native' does not exist until the generator has run; it is not the user's error.
            SyntaxNode node = syntax.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node is TypeSyntax type && model.GetTypeInfo(type, cancellationToken).Type is { } referenced && TypeFacts.IsGeneratedShapeMember(referenced)) continue;
            return true;
        }
        return false;
    }
}
