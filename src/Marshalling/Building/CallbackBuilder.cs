using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ParamArena.Marshalling;

/// <summary>
/// Reads an <c>[ArenaCallback]</c> method into a <see cref="CallbackModel"/>: its parameters resolved native → managed and
/// its return managed → native by the one resolver, or the diagnostics that say why no trampoline is written.
/// </summary>
internal static class CallbackBuilder
{
    /// <summary>The generator's entry: the attributed method as the pipeline sees it.</summary>
    public static Built<CallbackModel> Build(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IMethodSymbol method || context.Attributes.IsEmpty) return new Built<CallbackModel>(null, null, default);
        try
        {
            return Build(method, context.TargetNode, context.Attributes[0], context.SemanticModel.Compilation, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception)
        {
            // The generator never fails a build; an input nobody foresaw gets no trampoline.
            return new Built<CallbackModel>(null, null, default);
        }
    }

    private static Built<CallbackModel> Build(IMethodSymbol method, SyntaxNode node, AttributeData attribute, Compilation compilation, CancellationToken cancellationToken)
    {
        List<DiagnosticInfo> diagnostics = new();
        Location at = node is MethodDeclarationSyntax declared ? declared.Identifier.GetLocation() : node.GetLocation();
        Location attributeAt = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? at;
        string name = method.Name;
        INamedTypeSymbol containing = method.ContainingType;

        if (node is not MethodDeclarationSyntax syntax)
        {
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.CallbackForm, attributeAt, name,
                "is not a method of a type (a local function, lambda or accessor); declare it as a static method of a partial type"));
            return new Built<CallbackModel>(null, null, new EquatableArray<DiagnosticInfo>(diagnostics));
        }
        if (compilation.Options is CSharpCompilationOptions { AllowUnsafe: false })
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.UnsafeBlocksRequired, attributeAt, "ArenaCallback"));
        string? form = !method.IsStatic ? "is not static; native code has no object to call it on, so make it static"
            : method.IsGenericMethod ? "is generic; a native function pointer has one signature, so declare one method per type"
            : TypeFacts.Attribute(method, KnownNames.ArenaMarshalAttribute) is not null ? "also has [ArenaMarshal]; a method either calls native code or is called by it, so keep one attribute"
            : method.ReturnsByRef || method.ReturnsByRefReadonly ? "returns by reference, which native code cannot receive; return a value"
            : method.IsVararg ? "has a variable argument list; declare one method per native signature"
            : SymbolText.FirstNonPartial(containing) is { } nonPartial ? $"is declared in '{nonPartial.Name}', which is not partial; add 'partial' to '{nonPartial.Name}' so the generator can add the trampoline"
            : SymbolText.FirstGeneric(containing) is { } generic ? $"is declared in the generic type '{generic.Name}', where [UnmanagedCallersOnly] methods are not allowed; move it to a non-generic type"
            : containing.GetMembers(name).Count(m => m is IMethodSymbol other && TypeFacts.Attribute(other, KnownNames.ArenaCallbackAttribute) is not null) > 1
                ? $"is overloaded, and each [ArenaCallback] needs the property '{name}Pointer' for itself; give the callbacks different names"
            : !containing.GetMembers(name + "Pointer").IsEmpty ? $"needs the member name '{name}Pointer' for its function pointer, which '{containing.Name}' already declares; rename one of them"
            : null;
        if (form is not null) diagnostics.Add(DiagnosticInfo.Create(UsageRules.CallbackForm, at, name, form));
        if (SymbolText.FirstFileLocal(containing) is { } fileLocal)
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.FileLocalType, at, name, fileLocal.Name));

        bool utf16 = attribute.NamedArguments.Any(n => n.Key == "StringMarshalling" && n.Value.Value is KnownNames.StringMarshallingUtf16);
        if (attribute.NamedArguments.Any(n => n.Key == "StringMarshalling" && n.Value.Value is KnownNames.StringMarshallingCustom))
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.CustomStringMarshalling, attributeAt, name));
        Func<INamedTypeSymbol, bool> shapeAccepted = ShapeBuilder.AcceptanceCache(compilation);

        ReturnModel? returnModel = new("void", null);
        if (!method.ReturnsVoid && !method.ReturnsByRef && !method.ReturnsByRefReadonly)
        {
            returnModel = null;
            if (!TypeFacts.HasErrors(method.ReturnType))
            {
                ElementSite site = new(method.ReturnType, RefKind.None, ElementRole.Return, method.GetReturnTypeAttributes(), utf16, null, name,
                    syntax.ReturnType.GetLocation(), containing, compilation, shapeAccepted, callback: true);
                if (MarshallingResolver.Resolve(site, diagnostics) is { } element) returnModel = new ReturnModel(SymbolText.Display(method.ReturnType), element);
            }
        }

        List<ParameterModel> parameters = new();
        for (int i = 0; i < method.Parameters.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IParameterSymbol parameter = method.Parameters[i];
            ParameterSyntax? parameterSyntax = i < syntax.ParameterList.Parameters.Count ? syntax.ParameterList.Parameters[i] : null;
            Location parameterAt = parameterSyntax?.Type?.GetLocation() ?? at;
            if (parameter.Name.StartsWith(KnownNames.ReservedPrefix, StringComparison.Ordinal))
                diagnostics.Add(DiagnosticInfo.Create(UsageRules.ReservedParameterName, parameterSyntax?.Identifier.GetLocation() ?? at, parameter.Name, name));
            if (TypeFacts.HasErrors(parameter.Type)) continue;
            ElementSite site = new(parameter.Type, parameter.RefKind, ElementRole.Parameter, parameter.GetAttributes(), utf16,
                parameter.Name, name, parameterAt, containing, compilation, shapeAccepted, callback: true);
            ElementModel? element = MarshallingResolver.Resolve(site, diagnostics);
            CountParameterModel? count = CountBuilder.ForParameter(parameter, element, diagnostics);
            if (element is { IsArray: true } && count is null && TypeFacts.Attribute(parameter, KnownNames.ArenaCountParameterAttribute) is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(UsageRules.UnsupportedCallbackType, parameterAt, site.Described, name, TypeFacts.Display(parameter.Type),
                    "an array is built from a native pointer and its count; add [ArenaCountParameter(index)] with the count's position among the native parameters"));
            }
            if (element is not null) parameters.Add(new ParameterModel(SymbolText.Identifier(parameter.Name), "", element, count));
        }
        CountBuilder.CheckPositions(method, parameters, diagnostics);

        EquatableArray<ContainingTypeModel>? containingTypes = SymbolText.ContainingTypes(containing);
        if (diagnostics.Count > 0 || returnModel is null || containingTypes is null)
            return new Built<CallbackModel>(null, null, new EquatableArray<DiagnosticInfo>(diagnostics));
        return new Built<CallbackModel>(new CallbackModel(SymbolText.HintName(method, ".Callback.g.cs"), SymbolText.Namespace(method), containingTypes.Value,
            SymbolText.Identifier(name), containing.ToDisplayString() + "." + name, Accessibility(method.DeclaredAccessibility), returnModel,
            new EquatableArray<ParameterModel>(parameters), CallingConventions(method)), null, default);
    }

    private static string Accessibility(Accessibility accessibility) => accessibility switch
    {
        Microsoft.CodeAnalysis.Accessibility.Public => "public",
        Microsoft.CodeAnalysis.Accessibility.Internal => "internal",
        Microsoft.CodeAnalysis.Accessibility.Protected => "protected",
        Microsoft.CodeAnalysis.Accessibility.ProtectedOrInternal => "protected internal",
        Microsoft.CodeAnalysis.Accessibility.ProtectedAndInternal => "private protected",
        _ => "private",
    };

    // [UnmanagedCallConv(CallConvs = new[] { typeof(CallConvCdecl) })] on the callback: Cdecl.
    private static EquatableArray<string> CallingConventions(IMethodSymbol method)
    {
        if (TypeFacts.Attribute(method, KnownNames.UnmanagedCallConvAttribute) is not { } attribute
            || TypeFacts.NamedArgument(attribute, "CallConvs") is not { Kind: TypedConstantKind.Array } array || array.Values.IsDefaultOrEmpty)
            return default;
        return new EquatableArray<string>(array.Values
            .Select(v => v.Value as ITypeSymbol)
            .Where(t => t is not null && t.Name.StartsWith("CallConv", StringComparison.Ordinal))
            .Select(t => t!.Name.Substring("CallConv".Length)));
    }
}
