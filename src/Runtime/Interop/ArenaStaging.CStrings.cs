using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace ParamArena;

// C strings from spans, and the lengths stubs pass beside strings.
public static unsafe partial class ArenaStaging
{
    /// <summary>Stages <paramref name="value"/> as NUL-terminated UTF-8 in <paramref name="lease"/>; invalid UTF-16 becomes U+FFFD.</summary>
    /// <param name="lease">The lease that owns the copy.</param>
    /// <param name="value">The characters; an empty span gives an empty C string (never null).</param>
    /// <returns>The NUL-terminated copy.</returns>
    /// <exception cref="ArenaExhaustedException">The copy would take the arena over <see cref="ArenaOptions.MaxSize"/>.</exception>
    [LeaseBound]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte* Utf8(scoped in ArenaLease lease, ReadOnlySpan<char> value) => lease.Utf8Span(value);

    /// <summary>Stages <paramref name="value"/> (UTF-8 bytes, such as a <c>u8</c> literal) followed by a NUL in <paramref name="lease"/>.</summary>
    /// <param name="lease">The lease that owns the copy.</param>
    /// <param name="value">The bytes, copied as they are; an empty span gives an empty C string (never null).</param>
    /// <returns>The NUL-terminated copy.</returns>
    /// <exception cref="ArenaExhaustedException">The copy would take the arena over <see cref="ArenaOptions.MaxSize"/>.</exception>
    [LeaseBound]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte* NulTerminated(scoped in ArenaLease lease, ReadOnlySpan<byte> value)
    {
        byte* target = lease.AllocUninitialized<byte>(value.Length + 1);
        value.CopyTo(new Span<byte>(target, value.Length));
        target[value.Length] = 0;
        return target;
    }

    /// <summary>Stages <paramref name="value"/> (UTF-16) followed by a NUL in <paramref name="lease"/>.</summary>
    /// <param name="lease">The lease that owns the copy.</param>
    /// <param name="value">The characters, copied as they are; an empty span gives an empty C string (never null).</param>
    /// <returns>The NUL-terminated copy.</returns>
    /// <exception cref="ArenaExhaustedException">The copy would take the arena over <see cref="ArenaOptions.MaxSize"/>.</exception>
    [LeaseBound]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char* NulTerminated(scoped in ArenaLease lease, ReadOnlySpan<char> value) => lease.Utf16Span(value);

    /// <summary>The number of bytes <paramref name="value"/> takes as UTF-8 (invalid UTF-16 counted as U+FFFD, as staging writes it), without the NUL.</summary>
    /// <param name="value">The string; null counts 0.</param>
    /// <returns>The UTF-8 length in bytes.</returns>
    public static int Utf8Length(string? value) => value is null ? 0 : Encoding.UTF8.GetByteCount(value);

    /// <summary>The number of bytes <paramref name="value"/> takes as UTF-8 (invalid UTF-16 counted as U+FFFD, as staging writes it).</summary>
    /// <param name="value">The characters.</param>
    /// <returns>The UTF-8 length in bytes.</returns>
    public static int Utf8Length(ReadOnlySpan<char> value) => Encoding.UTF8.GetByteCount(value);
}
