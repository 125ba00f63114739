using System;

namespace ParamArena;

/// <summary>
/// Makes an <c>out string</c> parameter of an <see cref="ArenaMarshalAttribute"/> method a buffer the caller
/// provides: the stub stages <see cref="InitialCapacity"/> units in the arena, passes the buffer and its capacity
/// (inserted at <see cref="CapacityIndex"/> of the native parameter list), and decodes the string after the call.
/// When the function reports the buffer was too small (<see cref="TooSmall"/>), the stub doubles the capacity and
/// calls again, up to <see cref="MaxCapacity"/>. The buffer lives in the arena and is released when the call returns.
/// </summary>
/// <example>
/// <code>
/// // char* getcwd(char* buf, size_t size);
/// [ArenaMarshal("libc.so.6", EntryPoint = "getcwd")]
/// static partial nint GetCwd([ArenaStringBuffer(1, CapacityType = typeof(nuint))] out string? path);
///
/// // ssize_t readlink(const char* path, char* buf, size_t bufsiz);
/// [ArenaMarshal("libc.so.6", EntryPoint = "readlink")]
/// static partial nint ReadLink(string path,
///     [ArenaStringBuffer(2, CapacityType = typeof(nuint), TooSmall = ArenaBufferTooSmall.ReturnFillsCapacity)] out string? target);
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class ArenaStringBufferAttribute : Attribute
{
    /// <summary>Declares where the buffer's capacity goes in the native parameter list.</summary>
    /// <param name="capacityIndex">The capacity's zero-based position among the native function's parameters.</param>
    public ArenaStringBufferAttribute(int capacityIndex) => CapacityIndex = capacityIndex;

    /// <summary>The capacity's zero-based position among the native function's parameters.</summary>
    public int CapacityIndex { get; }

    /// <summary>The capacity's native type: <see cref="int"/> (default), <see cref="uint"/>, <see cref="long"/>, <see cref="ulong"/>, <see cref="nint"/> or <see cref="nuint"/>.</summary>
    public Type CapacityType { get; set; } = typeof(int);

    /// <summary>The first call's capacity in units (bytes for UTF-8, chars for UTF-16), the NUL included; 256 by default.</summary>
    public int InitialCapacity { get; set; } = 256;

    /// <summary>The largest capacity tried; at it, the stub decodes what the function wrote (or gives null). 1 MiB units by default.</summary>
    public int MaxCapacity { get; set; } = 1 << 20;

    /// <summary>How the function says the buffer was too small (and so, how the string's length is known).</summary>
    public ArenaBufferTooSmall TooSmall { get; set; } = ArenaBufferTooSmall.NullReturnWithErrno;

    /// <summary>The <c>errno</c> value that means "too small" with <see cref="ArenaBufferTooSmall.NullReturnWithErrno"/>; ERANGE (34) by default.</summary>
    public int Errno { get; set; } = 34;
}
