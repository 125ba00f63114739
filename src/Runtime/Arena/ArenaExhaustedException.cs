using System;

namespace ParamArena;

/// <summary>
/// Thrown when an arena cannot satisfy a request without going over <see cref="ArenaOptions.MaxSize"/>,
/// or the native allocator cannot provide the memory. The arena is left exactly as it was.
/// </summary>
public sealed class ArenaExhaustedException : InvalidOperationException
{
    /// <summary>Creates the exception with a default message.</summary>
    public ArenaExhaustedException() : base("The arena is exhausted.") { }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public ArenaExhaustedException(string message) : base(message) { }

    /// <summary>Creates the exception with <paramref name="message"/> and the exception that caused it.</summary>
    public ArenaExhaustedException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for a request of <paramref name="requestedBytes"/> that did not fit.</summary>
    public ArenaExhaustedException(ulong requestedBytes, long bytesInUse, long bytesReserved, long? limit)
        : base(limit is long max
            ? $"The arena cannot allocate {requestedBytes} bytes: {bytesInUse} bytes are in use ({bytesReserved} bytes reserved) and its MaxSize is {max} bytes."
            : $"The arena cannot allocate {requestedBytes} bytes: the native allocator cannot provide a block that large ({bytesInUse} bytes are in use, {bytesReserved} bytes reserved).")
    {
        RequestedBytes = requestedBytes;
        BytesInUse = bytesInUse;
        BytesReserved = bytesReserved;
        Limit = limit;
    }

    /// <summary>The size of the request that failed.</summary>
    public ulong RequestedBytes { get; }

    /// <summary>Bytes in use in the arena when the request failed.</summary>
    public long BytesInUse { get; }

    /// <summary>Native bytes the arena held when the request failed.</summary>
    public long BytesReserved { get; }

    /// <summary>The arena's <see cref="ArenaOptions.MaxSize"/>, or null when it has none.</summary>
    public long? Limit { get; }
}
