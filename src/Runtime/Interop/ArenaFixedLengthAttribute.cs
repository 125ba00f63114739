using System;

namespace ParamArena;

/// <summary>
/// Makes a field of an <see cref="ArenaStructAttribute"/> shape a fixed-size buffer inside the native struct, as C's
/// <c>char deviceName[256]</c> or <c>float color[4]</c>: on a <see cref="string"/> field, a character array of
/// <see cref="Length"/> bytes (UTF-8) or chars (UTF-16) that holds the string and its NUL; on an array of
/// <see cref="byte"/>, <see cref="sbyte"/>, <see cref="short"/>, <see cref="ushort"/>, <see cref="int"/>,
/// <see cref="uint"/>, <see cref="long"/>, <see cref="ulong"/>, <see cref="float"/>, <see cref="double"/> or
/// <see cref="char"/>, exactly <see cref="Length"/> elements.
/// </summary>
/// <remarks>
/// Staging throws <see cref="ArgumentException"/> (its <see cref="ArgumentException.ParamName"/> the field) for a string
/// whose encoding and NUL do not fit, or an array longer than <see cref="Length"/>; a shorter string or array is followed
/// by zeros, and null stages all zeros. Reading back decodes the string up to its first NUL and copies the whole array.
/// </remarks>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class ArenaFixedLengthAttribute : Attribute
{
    /// <summary>Sizes the native buffer.</summary>
    /// <param name="length">The number of elements (for a string: code units, the NUL included); at least 1.</param>
    public ArenaFixedLengthAttribute(int length) => Length = length;

    /// <summary>The number of elements in the native buffer (for a string: code units, the NUL included).</summary>
    public int Length { get; }
}
