using System;
using System.Collections.Concurrent;
using System.ComponentModel;
using System.Reflection;
using System.Runtime.InteropServices;

namespace ParamArena;

/// <summary>
/// Loads the libraries <see cref="ArenaLibraryAttribute"/> declares, for generated stubs: the first candidate that
/// loads wins and is kept for the process; an export is looked up once per stub (the stub keeps the address).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ArenaLibraries
{
    private static readonly ConcurrentDictionary<(Assembly, string), nint> s_handles = new();

    /// <summary>The address of <paramref name="entryPoint"/> in the library <paramref name="library"/>, loading it on first use.</summary>
    /// <param name="assembly">The assembly whose stub asks (its <see cref="NativeLibrary.SetDllImportResolver"/> resolver applies).</param>
    /// <param name="library">The library's declared name.</param>
    /// <param name="entryPoint">The function's name.</param>
    /// <param name="candidates">The file names to try, in order.</param>
    /// <returns>The function's address.</returns>
    /// <exception cref="DllNotFoundException">No candidate loads; the message lists every name tried.</exception>
    /// <exception cref="EntryPointNotFoundException">The library has no such function.</exception>
    public static nint Export(Assembly assembly, string library, string entryPoint, params string[] candidates)
    {
        nint handle = s_handles.GetOrAdd((assembly, library), static (key, candidates) => Load(key.Item1, key.Item2, candidates), candidates);
        if (!NativeLibrary.TryGetExport(handle, entryPoint, out nint address))
            throw new EntryPointNotFoundException($"The library '{library}' has no function '{entryPoint}'.");
        return address;
    }

    private static nint Load(Assembly assembly, string library, string[] candidates)
    {
        foreach (string candidate in candidates)
        {
            if (NativeLibrary.TryLoad(candidate, assembly, null, out nint handle)) return handle;
        }
        throw new DllNotFoundException($"Could not load the library '{library}'; tried: {string.Join(", ", candidates)}.");
    }
}
