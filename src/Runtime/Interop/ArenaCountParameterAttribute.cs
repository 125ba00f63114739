using System;

namespace ParamArena;

/// <summary>
/// Lets one span or array parameter of an <see cref="ArenaMarshalAttribute"/> method stand for a native
/// (pointer, count) pair: the generator passes the length as an extra native argument.
/// </summary>
/// <example>
/// <code>
/// // native: int checksum(const uint8_t* data, size_t length);
/// [ArenaMarshal("native")]
/// static partial int checksum([ArenaCountParameter(1, CountType = typeof(nuint))] ReadOnlySpan&lt;byte&gt; data);
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class ArenaCountParameterAttribute : Attribute
{
    /// <summary>Declares where the count goes in the native parameter list.</summary>
    /// <param name="nativeIndex">The count's zero-based position among the native function's parameters.</param>
    public ArenaCountParameterAttribute(int nativeIndex) => NativeIndex = nativeIndex;

    /// <summary>The count's zero-based position among the native function's parameters.</summary>
    public int NativeIndex { get; }

    /// <summary>The count's native type: <see cref="int"/> (default), <see cref="uint"/>, <see cref="long"/>, <see cref="ulong"/>, <see cref="nint"/> or <see cref="nuint"/>.</summary>
    public Type CountType { get; set; } = typeof(int);

    /// <summary>When true the count is a size in bytes rather than a number of elements.</summary>
    public bool InBytes { get; set; }
}
