using System;

namespace ParamArena;

/// <summary>
/// Says that the string an <see cref="ArenaMarshalAttribute"/> method returns (<c>[return: ArenaFree]</c>), or
/// receives through an <c>out</c>/<c>ref</c> string parameter, is memory the caller owns: the stub decodes it and
/// then frees it. Without an argument it is freed with <see cref="System.Runtime.InteropServices.Marshal.FreeCoTaskMem"/>
/// (<c>free</c> on Unix, <c>CoTaskMemFree</c> on Windows), as <c>[LibraryImport]</c> frees a returned string; with a
/// function name, that export (<c>"free"</c>, <c>"sqlite3_free"</c>, <c>"g_free"</c>) of the stub's library, or of
/// <see cref="Library"/>, is called with the pointer. A null pointer is not passed to it.
/// </summary>
/// <example>
/// <code>
/// [ArenaMarshal("libc.so.6", EntryPoint = "realpath")]
/// [return: ArenaFree("free")]
/// static partial string? RealPath(string path, byte* resolved);
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.ReturnValue | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class ArenaFreeAttribute : Attribute
{
    /// <summary>Frees with <see cref="System.Runtime.InteropServices.Marshal.FreeCoTaskMem"/>, as <c>[LibraryImport]</c> does.</summary>
    public ArenaFreeAttribute()
    {
    }

    /// <summary>Frees with the named native function, which takes the pointer and returns nothing.</summary>
    /// <param name="function">The export that frees the memory, such as <c>"free"</c> or <c>"sqlite3_free"</c>.</param>
    public ArenaFreeAttribute(string function) => Function = function;

    /// <summary>The export that frees the memory; null for <see cref="System.Runtime.InteropServices.Marshal.FreeCoTaskMem"/>.</summary>
    public string? Function { get; }

    /// <summary>
    /// The library that exports <see cref="Function"/>; by default the stub's own library (whose dependencies are
    /// searched too, so <c>free</c> is found through any library linked against the C runtime). Required for
    /// function tables and <c>[ArenaFunctionPointer]</c> stubs, which name no library.
    /// </summary>
    public string? Library { get; set; }
}
