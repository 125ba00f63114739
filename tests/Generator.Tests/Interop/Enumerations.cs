using ParamArena.Generator.Tests.Native;

namespace ParamArena.Generator.Tests.Interop;

/// <summary>The test library's count-then-fill functions, and libc's getgroups, declared with [ArenaEnumerated].</summary>
public static unsafe partial class Enumerations
{
    /// <summary>Vulkan's result codes for the functions that follow its convention.</summary>
    public enum Result
    {
        Success = 0,
        Incomplete = 5,
        ErrorInitializationFailed = -3,
    }

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_enum_reset")]
    internal static partial void Reset(uint length, int growTimes, uint growth, int fail);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_enum_calls")]
    internal static partial int Calls();

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_enumerate_values")]
    internal static partial Result Values([ArenaEnumerated(0, IncompleteResult = Result.Incomplete)] out ulong[] values);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_enumerate_values")]
    internal static partial Result Values(ArenaLease lease, [ArenaEnumerated(0, IncompleteResult = Result.Incomplete)] out System.Span<ulong> values);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_enumerate_values")]
    internal static partial Result Values([ArenaEnumerated(0, IncompleteResult = Result.Incomplete)] out System.Span<ulong> values, NativePool pool);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_enumerate_void")]
    internal static partial void VoidValues([ArenaEnumerated(0)] out ulong[] values);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_list_values")]
    internal static partial int List([ArenaEnumerated(0, CountType = typeof(int), CountReturned = true)] out ulong[] values);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_enumerate_named")]
    internal static partial Result Named([ArenaEnumerated(0, IncompleteResult = Result.Incomplete)] out NamedItem[] items);

    [ArenaMarshal("libc.so.6", EntryPoint = "getgroups", SetLastError = true)]
    internal static partial int GetGroups([ArenaEnumerated(0, CountType = typeof(int), CountReturned = true)] out uint[] groups);
}

/// <summary>PaNamedItem in paramarena_test.c: an item whose name the library owns, read back into a managed string.</summary>
[ArenaStruct]
public partial struct NamedItem
{
    /// <summary>1000 plus the item's index.</summary>
    public uint Id;

    /// <summary>"item-" and the index.</summary>
    public string? Name;
}
