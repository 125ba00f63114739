using System;
using System.Runtime.InteropServices;

namespace ParamArena;

/// <summary>
/// Marks a <c>static partial</c> method whose body the ParamArena generator writes: it rents the
/// calling thread's arena, stages every string, array and <see cref="ArenaStructAttribute"/> shape
/// parameter in it, calls the native function and releases the staging in O(1).
/// Use it in place of <see cref="LibraryImportAttribute"/>; it takes the same arguments.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class ArenaMarshalAttribute : Attribute
{
    /// <summary>Creates the attribute for a function exported by <paramref name="libraryName"/>.</summary>
    /// <param name="libraryName">The library to load, as <see cref="DllImportAttribute"/> names it (for example <c>"libz.so.1"</c> or <c>"vulkan-1"</c>).</param>
    public ArenaMarshalAttribute(string libraryName) => LibraryName = libraryName;

    /// <summary>Creates the attribute for a method of an <see cref="ArenaFunctionTableAttribute"/> table, whose function comes from the table's loader.</summary>
    public ArenaMarshalAttribute() => LibraryName = "";

    /// <summary>
    /// In a function table: <c>LoadFunctions</c> throws when the loader cannot find this function. Otherwise a
    /// missing function fails only when it is called.
    /// </summary>
    public bool Required { get; set; }

    /// <summary>The library that exports the function.</summary>
    public string LibraryName { get; }

    /// <summary>The exported name, when it differs from the method's name. Matched exactly, as LibraryImport does.</summary>
    public string? EntryPoint { get; set; }

    /// <summary>
    /// How <see cref="string"/> parameters, fields and returns are encoded. Unlike LibraryImport, the
    /// default is UTF-8; <see cref="StringMarshalling.Utf16"/> gives NUL-terminated UTF-16.
    /// </summary>
    public StringMarshalling StringMarshalling { get; set; } = StringMarshalling.Utf8;

    /// <summary>When true, the native function's last error is saved for <see cref="Marshal.GetLastPInvokeError"/>, as LibraryImport does.</summary>
    public bool SetLastError { get; set; }
}
