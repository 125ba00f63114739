using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParamArena.Generator.Model;

namespace ParamArena.Generator.Analysis;

/// <summary>
/// The pipeline's first step for methods: reads an <c>[ArenaMarshal]</c> method's symbol and syntax into a
/// <see cref="StubModel"/>. Returns null for anything it cannot implement; the analyzers explain why.
/// </summary>
internal static class StubModelBuilder
{
    public static StubModel? Build(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        try
        {
            return BuildCore(context, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception)
        {
            // The generator never fails a build: an input it did not foresee simply gets no stub.
            return null;
        }
    }

    private static StubModel? BuildCore(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IMethodSymbol method || context.TargetNode is not MethodDeclarationSyntax syntax) return null;
        if (!method.IsStatic || !method.IsPartialDefinition || method.PartialImplementationPart is not null || method.IsGenericMethod) return null;
        if (method.ReturnsByRef || method.ReturnsByRefReadonly) return null;
        EquatableArray<ContainingTypeModel>? containing = TypeNames.ContainingTypes(method.ContainingType);
        if (containing is null) return null;

        AttributeData? attribute = context.Attributes.FirstOrDefault();
        if (attribute is null || attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string library) return null;
        string entryPoint = method.Name;
        bool setLastError = false;
        bool utf16 = false;
        foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
        {
            switch (named.Key)
            {
                case "EntryPoint" when named.Value.Value is string e:
                    entryPoint = e;
                    break;
                case "SetLastError" when named.Value.Value is bool b:
                    setLastError = b;
                    break;
                case "StringMarshalling" when named.Value.Value is int s:
                    // System.Runtime.InteropServices.StringMarshalling: Custom = 0, Utf8 = 1, Utf16 = 2.
                    if (s == 0) return null;
                    utf16 = s == 2;
                    break;
            }
        }

        ReturnModel? returnModel = BuildReturn(method, utf16);
        if (returnModel is null) return null;

        List<ParameterModel> parameters = new();
        for (int i = 0; i < method.Parameters.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ParameterSyntax? parameterSyntax = i < syntax.ParameterList.Parameters.Count ? syntax.ParameterList.Parameters[i] : null;
            ParameterModel? parameter = BuildParameter(method.Parameters[i], parameterSyntax, utf16);
            if (parameter is null) return null;
            parameters.Add(parameter);
        }
        if (!CountIndicesAreValid(parameters)) return null;

        string signature = string.Join(",", parameters.Select(p => p.ManagedType));
        return new StubModel(
            TypeNames.HintName(method.ContainingType, "." + method.Name + "_" + TypeNames.StableHash(signature) + ".g.cs"),
            TypeNames.Namespace(method),
            containing.Value,
            string.Join(" ", syntax.Modifiers.Select(m => m.Text)),
            TypeNames.Identifier(method.Name),
            returnModel,
            new EquatableArray<ParameterModel>(parameters),
            library,
            entryPoint,
            setLastError);
    }

    /// <summary>Count arguments must land on distinct positions inside the native parameter list.</summary>
    private static bool CountIndicesAreValid(List<ParameterModel> parameters)
    {
        List<int> indices = parameters.Where(p => p.Count is not null).Select(p => p.Count!.NativeIndex).ToList();
        int nativeCount = parameters.Count + indices.Count;
        return indices.All(i => i >= 0 && i < nativeCount) && indices.Distinct().Count() == indices.Count;
    }

    private static ReturnModel? BuildReturn(IMethodSymbol method, bool utf16)
    {
        ITypeSymbol type = method.ReturnType;
        string display = TypeNames.Display(type);
        if (type.SpecialType == SpecialType.System_Void) return new ReturnModel(ReturnKind.Void, "void", "void", false);
        if (type.TypeKind == TypeKind.Error) return null;
        if (type.SpecialType == SpecialType.System_Boolean)
        {
            string native = method.GetReturnTypeAttributes().Any(a => a.AttributeClass?.ToDisplayString() == TypeClassifier.MarshalAsAttribute
                && a.ConstructorArguments.Length > 0 && a.ConstructorArguments[0].Value is int v && (v == 3 || v == 4)) ? "byte" : "int";
            return new ReturnModel(ReturnKind.Bool, display, native, false);
        }
        if (type.SpecialType == SpecialType.System_Char) return new ReturnModel(ReturnKind.Char, display, "ushort", false);
        if (type.SpecialType == SpecialType.System_String) return new ReturnModel(ReturnKind.String, display, utf16 ? "char*" : "byte*", utf16);
        if (TypeClassifier.IsSafeHandle(type)) return new ReturnModel(ReturnKind.SafeHandle, display, "nint", false);
        if (TypeClassifier.IsBlittable(type)) return new ReturnModel(ReturnKind.Blittable, display, display, false);
        return null;
    }

    private static ParameterModel? BuildParameter(IParameterSymbol parameter, ParameterSyntax? syntax, bool utf16)
    {
        ITypeSymbol type = parameter.Type;
        if (type.TypeKind == TypeKind.Error) return null;
        // Names with a leading double underscore are reserved for the stub's own locals (__lease, __x_native...).
        if (parameter.Name.StartsWith("__", StringComparison.Ordinal)) return null;
        string name = TypeNames.Identifier(parameter.Name);
        string modifiers = syntax is null ? "" : string.Join(" ", syntax.Modifiers.Select(m => m.Text));
        string display = TypeNames.Display(type);
        RefKindModel refKind = parameter.RefKind switch
        {
            RefKind.None => RefKindModel.None,
            RefKind.In => RefKindModel.In,
            RefKind.Ref => RefKindModel.Ref,
            RefKind.Out => RefKindModel.Out,
            _ => RefKindModel.RefReadOnly,
        };
        bool parameterUtf16 = TypeClassifier.StringIsUtf16(parameter) ?? utf16;
        CountParameterModel? count = ReadCount(parameter);
        if (count is { CountType: "?" }) return null;

        ParameterModel Make(MarshalKind kind, string element, string native, bool isArray = false) =>
            new(name, modifiers, display, refKind, kind, element, native, isArray, parameterUtf16, count);

        // Sequences (arrays and spans) are the only kinds that may carry a count parameter.
        ITypeSymbol? element = null;
        bool isArray = false;
        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            element = array.ElementType;
            isArray = true;
        }
        else if (TypeClassifier.IsSpan(type, out ITypeSymbol spanElement))
        {
            element = spanElement;
        }
        if (element is not null)
        {
            if (refKind != RefKindModel.None) return null;
            string elementDisplay = TypeNames.Display(element);
            if (element.SpecialType == SpecialType.System_String)
                return Make(MarshalKind.StringArray, elementDisplay, parameterUtf16 ? "char**" : "byte**", isArray);
            if (TypeClassifier.IsShape(element))
                return Make(MarshalKind.ShapeArray, elementDisplay, elementDisplay + ".Native*", isArray);
            if (TypeClassifier.IsPinnable(element))
                return Make(MarshalKind.ArrayOrSpanPinned, elementDisplay, elementDisplay + "*", isArray);
            return null;
        }
        if (count is not null) return null;

        if (TypeClassifier.IsShape(type))
        {
            return refKind switch
            {
                RefKindModel.None => Make(MarshalKind.ShapeValue, display, display + ".Native"),
                RefKindModel.In or RefKindModel.RefReadOnly => Make(MarshalKind.ShapeIn, display, display + ".Native*"),
                _ => null,
            };
        }
        if (TypeClassifier.IsNullableShape(type, out ITypeSymbol shape))
        {
            string shapeDisplay = TypeNames.Display(shape);
            return refKind == RefKindModel.None ? Make(MarshalKind.NullableShape, shapeDisplay, shapeDisplay + ".Native*") : null;
        }
        if (type.SpecialType == SpecialType.System_String)
            return refKind == RefKindModel.None ? Make(MarshalKind.String, display, parameterUtf16 ? "char*" : "byte*") : null;
        if (type.SpecialType == SpecialType.System_Boolean)
        {
            string native = TypeClassifier.BoolNativeType(parameter);
            return refKind == RefKindModel.None ? Make(MarshalKind.Bool, display, native) : Make(MarshalKind.BoolByRef, display, native + "*");
        }
        if (TypeClassifier.IsSafeHandle(type))
        {
            return refKind switch
            {
                RefKindModel.None => Make(MarshalKind.SafeHandle, display, "nint"),
                RefKindModel.Out => Make(MarshalKind.SafeHandleOut, display, "nint*"),
                _ => null,
            };
        }
        if (refKind != RefKindModel.None)
            return TypeClassifier.IsPinnable(type) ? Make(MarshalKind.ByRefPinned, display, display + "*") : null;
        if (type.SpecialType == SpecialType.System_Char) return Make(MarshalKind.Char, display, "ushort");
        if (TypeClassifier.IsBlittable(type)) return Make(MarshalKind.BlittableValue, display, display);
        return null;
    }

    private static CountParameterModel? ReadCount(IParameterSymbol parameter)
    {
        AttributeData? attribute = TypeClassifier.GetAttribute(parameter, TypeClassifier.ArenaCountParameterAttribute);
        if (attribute is null || attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not int index) return null;
        string countType = "int";
        bool inBytes = false;
        foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
        {
            if (named.Key == "CountType") countType = TypeClassifier.CountTypeKeyword(named.Value.Value as ITypeSymbol) ?? "?";
            else if (named.Key == "InBytes" && named.Value.Value is bool b) inBytes = b;
        }
        return new CountParameterModel(index, countType, inBytes);
    }
}
