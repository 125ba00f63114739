using System.Runtime.InteropServices;

namespace ParamArena;

/// <summary>
/// Loads functions exported by a library opened with <see cref="NativeLibrary.Load(string)"/>. Each name is turned
/// into a string once, when the table is loaded; calls never allocate.
/// </summary>
/// <param name="library">The handle <see cref="NativeLibrary.Load(string)"/> returned.</param>
public readonly unsafe struct NativeLibraryLoader(nint library) : IArenaFunctionLoader
{
    /// <inheritdoc />
    public nint Load(byte* name) =>
        NativeLibrary.TryGetExport(library, Marshal.PtrToStringUTF8((nint)name)!, out nint address) ? address : 0;
}
