using System;

namespace ParamArena;

/// <summary>
/// Marks a <c>partial class</c> as a table of native functions reached through pointers (Vulkan's
/// <c>vkGetDeviceProcAddr</c>, OpenXR's <c>xrGetInstanceProcAddr</c>, a library opened at run time). Its
/// <see cref="ArenaMarshalAttribute"/> methods are instance <c>partial</c> methods without a library name; the generator
/// adds a <c>LoadFunctions</c> method that asks a loader for each function once, and stubs that call through the loaded
/// pointers with the same staging as exported functions. Several tables (one per device, say) can be alive at once.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ArenaFunctionTableAttribute : Attribute
{
    /// <summary>
    /// The loader this table must be loaded with (a struct or class implementing <see cref="IArenaFunctionLoader"/>, or an
    /// interface derived from it, such as one for device-level loaders), or null for any loader. <c>LoadFunctions</c>
    /// throws <see cref="ArgumentException"/> for a loader of another type, before asking it for anything, and the
    /// analyzers report such a call where they can see the loader's type (PA1011).
    /// </summary>
    public Type? Loader { get; set; }
}
