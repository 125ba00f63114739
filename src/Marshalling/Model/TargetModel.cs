namespace ParamArena.Marshalling;

/// <summary>How a stub reaches its function; independent of how its arguments are marshalled.</summary>
internal enum TargetKind
{
    /// <summary>An export bound by the runtime's P/Invoke (an inner <c>[DllImport]</c>).</summary>
    Export,

    /// <summary>An export of a library declared with <c>[assembly: ArenaLibrary]</c>: looked up once, then called through its address.</summary>
    DeclaredLibraryExport,

    /// <summary>A pointer an <c>[ArenaFunctionTable]</c> loaded.</summary>
    Table,

    /// <summary>The pointer an <c>[ArenaFunctionPointer]</c> parameter holds.</summary>
    Parameter,
}

/// <summary>What a stub calls.</summary>
/// <param name="Kind">How it is reached.</param>
/// <param name="EntryPoint">The native function's name.</param>
/// <param name="LibraryName">For exports: the library.</param>
/// <param name="Field">For tables and declared libraries: the field holding the address; for a pointer parameter, its name; for an export
/// called from a generic stub (where a local <c>[DllImport]</c> is not allowed), the name of the sibling <c>[DllImport]</c> method.</param>
/// <param name="TableName">For tables: the table type's name, for messages.</param>
/// <param name="Candidates">For declared libraries: the file names to try.</param>
internal sealed record TargetModel(TargetKind Kind, string EntryPoint, string? LibraryName, string? Field, string? TableName, EquatableArray<string> Candidates)
{
    public bool ThroughPointer => Kind != TargetKind.Export;
}
