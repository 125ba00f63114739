using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ParamArena.Marshalling;

/// <summary>
/// Reads an <c>[ArenaFunctionTable]</c> class into a <see cref="TableModel"/>: one pointer field per [ArenaMarshal]
/// method, the names its loader is asked for and the loader type it accepts. Each method's own refusals are reported by
/// <see cref="StubBuilder"/>; the table's own (its form, its Loader) here.
/// </summary>
internal static class TableBuilder
{
    public static Built<TableModel> Build(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        try
        {
            if (context.TargetSymbol is not INamedTypeSymbol { TypeKind: TypeKind.Class } table || context.Attributes.IsEmpty) return Refused();
            Location at = table.Locations.Length > 0 ? table.Locations[0] : Location.None;
            List<DiagnosticInfo> diagnostics = new();
            List<TableFunctionModel> functions = new();
            foreach (IMethodSymbol method in table.GetMembers().OfType<IMethodSymbol>())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (method.IsStatic || method.MethodKind != MethodKind.Ordinary) continue;
                if (TypeFacts.Attribute(method, KnownNames.ArenaMarshalAttribute) is not { } attribute) continue;
                string entryPoint = TypeFacts.NamedArgument(attribute, "EntryPoint")?.Value as string is { Length: > 0 } given && given.IndexOf('\0') < 0 ? given : method.Name;
                bool required = TypeFacts.NamedArgument(attribute, "Required")?.Value is true;
                functions.Add(new TableFunctionModel(SymbolText.TableField(method), entryPoint, required));
            }
            bool hasMethods = table.GetMembers().OfType<IMethodSymbol>().Any(m => TypeFacts.Attribute(m, KnownNames.ArenaMarshalAttribute) is not null);
            EquatableArray<ContainingTypeModel>? scopes = SymbolText.ContainingTypes(table);
            // A non-partial table with methods already gets PA0002 on each of them; one without methods would be ignored silently.
            string? form = table.IsStatic ? "is static"
                : scopes is null && !hasMethods && SymbolText.FirstNonPartial(table) is { } nonPartial
                    ? (SymbolEqualityComparer.Default.Equals(nonPartial, table) ? "is not partial" : $"is inside '{nonPartial.Name}', which is not partial")
                : null;
            if (form is not null) diagnostics.Add(DiagnosticInfo.Create(UsageRules.TableTypeForm, at, table.Name, form));

            string? loader = null;
            if (TableFacts.DeclaredLoader(table) is { } loaderType)
            {
                if (WhyNotALoader(loaderType) is { } why)
                    diagnostics.Add(DiagnosticInfo.Create(UsageRules.TableLoaderType, at, table.Name, TypeFacts.Display(loaderType), why));
                else loader = SymbolText.Display(loaderType);
            }

            TableModel? model = diagnostics.Count == 0 && scopes is not null && SymbolText.FirstFileLocal(table) is null
                ? new TableModel(SymbolText.HintName(table, ".Functions.g.cs"), SymbolText.Namespace(table), scopes.Value, table.Name,
                    new EquatableArray<TableFunctionModel>(functions), loader)
                : null;
            return new Built<TableModel>(model, null, new EquatableArray<DiagnosticInfo>(diagnostics));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception)
        {
            return Refused();
        }
    }

    private static Built<TableModel> Refused() => new(null, null, default);

    /// <summary>Why <paramref name="type"/> cannot be the loader a table accepts, or null when it can.</summary>
    private static string? WhyNotALoader(ITypeSymbol type)
    {
        // Before the error check: an open generic's type arguments are error types.
        if (type is INamedTypeSymbol { IsUnboundGenericType: true }) return "is an open generic type";
        if (TypeFacts.HasErrors(type)) return "is not a type the compiler knows";
        if (type.TypeKind is not (TypeKind.Struct or TypeKind.Class or TypeKind.Interface)) return "is not a struct, class or interface";
        if (type.IsStatic) return "is a static class";
        if (TypeFacts.FullName(type) == KnownNames.ArenaFunctionLoaderInterface) return null;
        return type.AllInterfaces.Any(i => TypeFacts.FullName(i) == KnownNames.ArenaFunctionLoaderInterface) ? null : "does not implement IArenaFunctionLoader";
    }
}
