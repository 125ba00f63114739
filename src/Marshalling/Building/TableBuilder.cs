using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ParamArena.Marshalling;

/// <summary>
/// Reads an <c>[ArenaFunctionTable]</c> class into a <see cref="TableModel"/>: one pointer field per [ArenaMarshal]
/// method and the names its loader is asked for. Each method's own refusals are reported by <see cref="StubBuilder"/>.
/// </summary>
internal static class TableBuilder
{
    public static TableModel? Build(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        try
        {
            if (context.TargetSymbol is not INamedTypeSymbol { TypeKind: TypeKind.Class, IsStatic: false } table) return null;
            if (SymbolText.ContainingTypes(table) is not { } scopes || SymbolText.FirstFileLocal(table) is not null) return null;
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
            return new TableModel(SymbolText.HintName(table, ".Functions.g.cs"), SymbolText.Namespace(table), scopes, table.Name,
                new EquatableArray<TableFunctionModel>(functions));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception)
        {
            return null;
        }
    }
}
