using System;
using System.Runtime.InteropServices;

namespace ParamArena.Benchmarks.Pool;

/// <summary>
/// mimalloc (Debian's <c>libmimalloc-dev</c>; <c>eng/install-prerequisites.sh</c> installs it), loaded with
/// <see cref="NativeLibrary"/> and called through function pointers: <c>mi_malloc</c> and <c>mi_free</c>.
/// </summary>
internal static unsafe class Mimalloc
{
    // libmimalloc.so.2 is the runtime package's name; libmimalloc.so is the -dev package's link.
    private static readonly string[] s_names = { "libmimalloc.so.2", "libmimalloc.so" };

    /// <summary>Loads the library and returns its entry points.</summary>
    /// <exception cref="DllNotFoundException">mimalloc is not installed.</exception>
    public static (nint Malloc, nint Free) Load()
    {
        foreach (string name in s_names)
        {
            if (NativeLibrary.TryLoad(name, out nint library))
                return (NativeLibrary.GetExport(library, "mi_malloc"), NativeLibrary.GetExport(library, "mi_free"));
        }
        throw new DllNotFoundException("mimalloc was not found (" + string.Join(", ", s_names) + "); install libmimalloc-dev (eng/install-prerequisites.sh).");
    }
}
