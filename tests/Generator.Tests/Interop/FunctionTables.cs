using System.Runtime.InteropServices;

namespace ParamArena.Generator.Tests.Interop;

/// <summary>The gcc-built test library reached through pointers a loader returns, not through exports bound by name.</summary>
[ArenaFunctionTable]
internal sealed unsafe partial class TestTable
{
    [ArenaMarshal(EntryPoint = "pa_utf8_length")]
    public partial nuint Utf8Length(string? text);

    [ArenaMarshal(EntryPoint = "pa_hash_strings")]
    public partial uint HashStrings([ArenaCountParameter(1)] string[] items);

    [ArenaMarshal(EntryPoint = "pa_hash_utf16", StringMarshalling = StringMarshalling.Utf16)]
    public partial uint HashUtf16(string text);

    [ArenaMarshal(EntryPoint = "pa_check_instance")]
    public partial int CheckInstance(in InstanceInfo info);

    [ArenaMarshal(EntryPoint = "pa_set_errno", SetLastError = true)]
    public partial void SetErrno(int value);

    [ArenaMarshal(EntryPoint = "pa_handle_open", Required = true)]
    public partial nint HandleOpen(int value);

    [ArenaMarshal(EntryPoint = "pa_handle_close")]
    public partial int HandleClose(nint handle);

    [ArenaMarshal(EntryPoint = "pa_live_handles")]
    public partial int LiveHandles();

    [ArenaMarshal(EntryPoint = "pa_bool_value")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = new[] { typeof(System.Runtime.CompilerServices.CallConvCdecl) })]
    public partial int Identity(int value);

    [ArenaMarshal(EntryPoint = "pa_not_exported_anywhere")]
    public partial int Missing(int value);
}

/// <summary>A table whose required function the library does not have.</summary>
[ArenaFunctionTable]
internal sealed partial class RequiredMissingTable
{
    [ArenaMarshal(EntryPoint = "pa_live_handles")]
    public partial int LiveHandles();

    [ArenaMarshal(EntryPoint = "pa_not_exported_anywhere", Required = true)]
    public partial int Missing();
}

/// <summary>libm, opened at run time and bound through <see cref="NativeLibraryLoader"/>.</summary>
[ArenaFunctionTable]
internal sealed partial class LibM
{
    [ArenaMarshal(EntryPoint = "cos", Required = true)]
    public partial double Cos(double x);

    [ArenaMarshal(EntryPoint = "frexp")]
    public partial double Frexp(double x, out int exponent);
}

/// <summary>A loader that counts its calls, around another one.</summary>
internal unsafe struct CountingLoader(NativeLibraryLoader inner, int[] calls) : IArenaFunctionLoader
{
    public nint Load(byte* name)
    {
        calls[0]++;
        return inner.Load(name);
    }
}

/// <summary>Stubs bound to a function pointer the caller holds.</summary>
internal static unsafe partial class PointerCalls
{
    [ArenaMarshal]
    public static partial nuint Utf8Length([ArenaFunctionPointer] nint function, string? text);

    [ArenaMarshal]
    public static partial int CheckInstance([ArenaFunctionPointer] delegate* unmanaged<InstanceInfo.Native*, int> function, in InstanceInfo info);
}

/// <summary>Exports of libraries declared once with their per-platform names (see AssemblyInfo's [ArenaLibrary]).</summary>
internal static partial class DeclaredLibraries
{
    [ArenaMarshal("zlib-portable", EntryPoint = "zlibVersion")]
    public static partial string ZlibVersion();

    [ArenaMarshal("nowhere-portable", EntryPoint = "anything")]
    public static partial int Nowhere();
}

/// <summary>Loaders that find functions in a library opened at run time, told apart by their type.</summary>
internal interface ITestLibraryLoader : IArenaFunctionLoader
{
}

/// <summary>The loader <see cref="TypedTable"/> accepts.</summary>
internal readonly unsafe struct TestLibraryLoader(nint library) : ITestLibraryLoader
{
    public nint Load(byte* name) => new NativeLibraryLoader(library).Load(name);
}

/// <summary>A table that only a <see cref="ITestLibraryLoader"/> may load.</summary>
[ArenaFunctionTable(Loader = typeof(ITestLibraryLoader))]
internal sealed partial class TypedTable
{
    [ArenaMarshal(EntryPoint = "pa_live_handles")]
    public partial int LiveHandles();
}
