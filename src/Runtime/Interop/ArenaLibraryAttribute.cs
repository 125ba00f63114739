using System;

namespace ParamArena;

/// <summary>
/// Declares once, for the whole assembly, the file names a library goes by on each platform
/// (<c>[assembly: ArenaLibrary("vulkan", "vulkan-1.dll", "libvulkan.so.1", "libvulkan.1.dylib")]</c>). Stubs whose
/// <see cref="ArenaMarshalAttribute.LibraryName"/> is <paramref name="name"/> load the first candidate that loads, once,
/// and a failure lists every name tried.
/// </summary>
/// <param name="name">The name <see cref="ArenaMarshalAttribute"/> uses.</param>
/// <param name="candidates">The names to try, in order (as <see cref="System.Runtime.InteropServices.NativeLibrary.TryLoad(string, out nint)"/> takes them).</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class ArenaLibraryAttribute(string name, params string[] candidates) : Attribute
{
    /// <summary>The name stubs use.</summary>
    public string Name { get; } = name;

    /// <summary>The file names to try, in order.</summary>
    public string[] Candidates { get; } = candidates;
}
