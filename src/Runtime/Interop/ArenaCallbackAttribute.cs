using System;
using System.Runtime.InteropServices;

namespace ParamArena;

/// <summary>
/// Marks a <c>static</c> method (with its own body) that native code calls back. The generator adds, next to it, an
/// <c>[UnmanagedCallersOnly]</c> trampoline that converts the native arguments into the method's managed parameters
/// (shapes, optional shapes, strings, arrays with a count, <c>bool</c>, <c>char</c>, blittable values), calls it and
/// converts its return; and a property <c>&lt;Method&gt;Pointer</c> holding the trampoline's typed function pointer,
/// to hand to native code. An exception the method throws is caught and reported to
/// <see cref="ArenaCallbacks.UnhandledException"/>, and the trampoline then returns <c>default</c> (0, <c>false</c>).
/// The calling convention is the platform's default, or the one <see cref="UnmanagedCallConvAttribute"/> on the method names.
/// </summary>
/// <example>
/// <code>
/// // native: typedef int32_t (*visit_fn)(const Item* item, const char* label, void* user);
/// [ArenaCallback]
/// static bool Visit(in Item item, string? label, void* user) =&gt; item.Id &gt; 0;
/// // ... pass VisitPointer (a delegate* unmanaged&lt;Item.Native*, byte*, void*, int&gt;) to native code.
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class ArenaCallbackAttribute : Attribute
{
    /// <summary>How <c>string</c> parameters are encoded: UTF-8 (<c>const char*</c>, the default) or UTF-16 (<c>const char16_t*</c>).</summary>
    public StringMarshalling StringMarshalling { get; set; }
}
