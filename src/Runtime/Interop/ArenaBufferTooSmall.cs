namespace ParamArena;

/// <summary>How a native function that writes a string into a caller's buffer says the buffer was too small.</summary>
public enum ArenaBufferTooSmall
{
    /// <summary>
    /// It returns null (or 0) and sets <c>errno</c> to <see cref="ArenaStringBufferAttribute.Errno"/> (ERANGE by
    /// default), as <c>getcwd</c> does; on success the buffer holds a NUL-terminated string. Any other null return
    /// is a failure: the string is null and the return is passed on.
    /// </summary>
    NullReturnWithErrno = 0,

    /// <summary>
    /// It returns the number of units written, which equals the capacity when the string may have been cut short,
    /// as <c>readlink</c> does; the string is not NUL-terminated and its length is the return value. A negative
    /// return is a failure: the string is null and the return is passed on.
    /// </summary>
    ReturnFillsCapacity = 1,
}
