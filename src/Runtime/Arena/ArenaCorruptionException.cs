using System;

namespace ParamArena;

/// <summary>
/// Thrown in checked mode when the canary after an allocation was overwritten: something (usually
/// native code) wrote past the end of a staged buffer. Raised when the allocation's scope ends;
/// the scope is released first, so the arena stays usable.
/// </summary>
public sealed class ArenaCorruptionException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public ArenaCorruptionException() : base("An arena allocation was written past its end.") { }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public ArenaCorruptionException(string message) : base(message) { }

    /// <summary>Creates the exception with <paramref name="message"/> and the exception that caused it.</summary>
    public ArenaCorruptionException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for the allocation whose canary broke.</summary>
    public ArenaCorruptionException(ulong allocationSize, long allocationOffset, nint address)
        : base(allocationOffset >= 0
            ? $"Arena corruption: the allocation of {allocationSize} bytes at arena offset {allocationOffset} (address 0x{address:X}) was written past its end; its canary is broken."
            : $"Arena corruption: the large block of {allocationSize} bytes (address 0x{address:X}) was written past its end; its canary is broken.")
    {
        AllocationSize = allocationSize;
        AllocationOffset = allocationOffset;
        Address = address;
    }

    /// <summary>The size of the allocation that was overrun.</summary>
    public ulong AllocationSize { get; }

    /// <summary>The allocation's offset in the arena (bytes in use before it), or -1 for a large block.</summary>
    public long AllocationOffset { get; }

    /// <summary>The allocation's address.</summary>
    public nint Address { get; }
}
