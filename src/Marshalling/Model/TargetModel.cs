namespace ParamArena.Marshalling;

/// <summary>What a stub calls: a library export, or a pointer its function table loaded. Independent of how arguments are marshalled.</summary>
/// <param name="LibraryName">The library, as <c>[DllImport]</c> names it; null for a table's function.</param>
/// <param name="EntryPoint">The native function's name.</param>
/// <param name="TableField">For a table's function: the field holding its pointer.</param>
/// <param name="TableName">For a table's function: the table type's name, for messages.</param>
internal sealed record TargetModel(string? LibraryName, string EntryPoint, string? TableField, string? TableName)
{
    public bool ThroughPointer => TableField is not null;
}
