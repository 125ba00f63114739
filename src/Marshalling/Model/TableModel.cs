namespace ParamArena.Marshalling;

/// <summary>An <c>[ArenaFunctionTable]</c> class: the pointer fields and the loader method the generator adds to it.</summary>
/// <param name="HintName">The generated file's name.</param>
/// <param name="Namespace">The enclosing namespace, or null.</param>
/// <param name="ContainingTypes">The table itself and the types enclosing it, outermost first.</param>
/// <param name="Name">The table's name, for messages.</param>
/// <param name="Functions">One entry per [ArenaMarshal] method, in declaration order.</param>
/// <param name="Loader">The loader type the table accepts, fully qualified, or null for any loader.</param>
internal sealed record TableModel(string HintName, string? Namespace, EquatableArray<ContainingTypeModel> ContainingTypes, string Name,
    EquatableArray<TableFunctionModel> Functions, string? Loader);

/// <summary>One function of a table.</summary>
/// <param name="Field">The field holding its pointer.</param>
/// <param name="EntryPoint">The name the loader is asked for.</param>
/// <param name="Required">True when LoadFunctions must fail without it.</param>
internal sealed record TableFunctionModel(string Field, string EntryPoint, bool Required);
