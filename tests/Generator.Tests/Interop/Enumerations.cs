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

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_enumerate_tagged")]
    internal static partial Result Tagged([ArenaEnumerated(0, IncompleteResult = Result.Incomplete, ItemTag = TaggedItem.Tag)] out TaggedItem[] items);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_enumerate_tagged")]
    internal static partial Result Tagged(ArenaLease lease, [ArenaEnumerated(0, IncompleteResult = Result.Incomplete, ItemTag = TaggedItem.Tag)] out System.Span<TaggedItem> items);

    [ArenaMarshal(TestLibrary.Name, EntryPoint = "pa_enumerate_tagged")]
    internal static partial Result Untagged([ArenaEnumerated(0, IncompleteResult = Result.Incomplete)] out TaggedItem[] items);

    [ArenaMarshal("libc.so.6", EntryPoint = "getgroups", SetLastError = true)]
    internal static partial int GetGroups([ArenaEnumerated(0, CountType = typeof(int), CountReturned = true)] out uint[] groups);
}

/// <summary>PaTaggedItem in paramarena_test.c: an item the function fills only when it arrives tagged.</summary>
public unsafe struct TaggedItem
{
    /// <summary>The structure type the function expects in every slot.</summary>
    public const uint Tag = 1000059005;

    /// <summary>The structure type.</summary>
    public uint SType;

    /// <summary>The extension chain (null).</summary>
    public void* PNext;

    /// <summary>1000 plus the item's index.</summary>
    public ulong Value;
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
