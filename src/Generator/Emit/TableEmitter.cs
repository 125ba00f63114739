using ParamArena.Marshalling;

namespace ParamArena.Generator.Emit;

/// <summary>
/// Writes a function table's pointer fields and <c>LoadFunctions</c>: each name is asked of the loader once, required
/// functions are checked before any field changes, then every pointer is stored.
/// </summary>
internal static class TableEmitter
{
    public static string Emit(TableModel table)
    {
        CodeWriter writer = new();
        DeclarationWriter.Header(writer);
        DeclarationWriter.OpenScopes(writer, table.Namespace, table.ContainingTypes);
        foreach (TableFunctionModel function in table.Functions)
        {
            writer.Line("/// <summary>The address of <c>" + System.Security.SecurityElement.Escape(function.EntryPoint) + "</c>, or 0 until loaded.</summary>");
            writer.Line("private nint " + function.Field + ";");
        }
        writer.Line();
        writer.Line("/// <summary>Asks <paramref name=\"loader\"/> for every function of this table, once each; calls go through the pointers it returns.</summary>");
        writer.Line("/// <param name=\"loader\">Finds a function by its NUL-terminated UTF-8 name (0 when there is none).</param>");
        writer.Line("/// <exception cref=\"global::System.EntryPointNotFoundException\">A function marked Required was not found; nothing was loaded.</exception>");
        if (table.Loader is not null)
            writer.Line("/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"loader\"/> is not the table's <c>" + System.Security.SecurityElement.Escape(table.Loader) + "</c>.</exception>");
        writer.Open("public void LoadFunctions<TLoader>(TLoader loader) where TLoader : global::ParamArena.IArenaFunctionLoader");
        if (table.Loader is not null)
        {
            // For a struct loader the JIT decides the test per instantiation, so a matching loader pays nothing.
            writer.Line("if (!(loader is " + table.Loader + ")) global::ParamArena.ArenaStaging.ThrowLoaderMismatch(" + DeclarationWriter.Literal(table.Name)
                + ", typeof(" + table.Loader + "), loader);");
        }
        foreach (TableFunctionModel function in table.Functions)
        {
            // A UTF-8 literal is NUL-terminated in static memory, so the loader gets a C string without an allocation.
            writer.Line("nint " + Local(function) + ";");
            writer.Line("fixed (byte* __name = " + DeclarationWriter.Literal(function.EntryPoint) + "u8) " + Local(function) + " = loader.Load(__name);");
        }
        // The names of missing functions are put together only when one is missing: loading allocates nothing otherwise.
        string anyMissing = "", missing = "";
        foreach (TableFunctionModel function in table.Functions)
        {
            if (!function.Required) continue;
            anyMissing += (anyMissing.Length > 0 ? " || " : "") + Local(function) + " == 0";
            missing += (missing.Length > 0 ? " + " : "") + "(" + Local(function) + " == 0 ? " + DeclarationWriter.Literal(function.EntryPoint + " ") + " : \"\")";
        }
        if (anyMissing.Length > 0)
        {
            writer.Line("if (" + anyMissing + ")");
            writer.Line("    global::ParamArena.ArenaStaging.ThrowRequiredFunctionsMissing(" + DeclarationWriter.Literal(table.Name) + ", (" + missing + ").TrimEnd());");
        }
        foreach (TableFunctionModel function in table.Functions) writer.Line("this." + function.Field + " = " + Local(function) + ";");
        writer.Close();
        DeclarationWriter.CloseScopes(writer, table.Namespace, table.ContainingTypes);
        return writer.ToString();
    }

    private static string Local(TableFunctionModel function) => function.Field + "_loaded";
}
