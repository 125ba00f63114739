using System;
using System.Text;

namespace ParamArena.Benchmarks.Marshalling;

/// <summary>
/// The C targets' digest (see <see cref="BenchLibrary"/>), computed here from the managed inputs: FNV-1a over
/// each value as 8 little-endian bytes, strings as their UTF-8 bytes and a 0 word, null as all ones.
/// </summary>
internal struct BenchDigest
{
    private ulong _hash;

    public BenchDigest() => _hash = 14695981039346656037ul;

    public readonly ulong Value => _hash;

    public BenchDigest Mix(ulong value)
    {
        for (int i = 0; i < 8; i++) _hash = (_hash ^ ((value >> (8 * i)) & 0xFF)) * 1099511628211ul;
        return this;
    }

    public BenchDigest Mix(bool value) => Mix(value ? 1ul : 0ul);

    public BenchDigest Mix(float value) => Mix((ulong)BitConverter.SingleToUInt32Bits(value));

    public BenchDigest Mix(string? value)
    {
        if (value is null) return Mix(ulong.MaxValue);
        foreach (byte b in Encoding.UTF8.GetBytes(value)) _hash = (_hash ^ b) * 1099511628211ul;
        return Mix(0ul);
    }

    public BenchDigest Mix(string?[]? values, uint count)
    {
        Mix((ulong)count);
        if (count == 0) return this;
        if (values is null) return Mix(ulong.MaxValue);
        for (int i = 0; i < count; i++) Mix(values[i]);
        return this;
    }
}

/// <summary>Checks, once per benchmark process, that every variant of a case hands the C target the same data.</summary>
internal static class BenchCheck
{
    /// <summary>
    /// Arms the targets, runs each variant once and compares what its C target recorded with
    /// <paramref name="expected"/>; throws naming the first variant that sent something else.
    /// </summary>
    public static void EveryVariantSends(ulong expected, params (string Name, Action Run)[] variants)
    {
        foreach ((string name, Action run) in variants)
        {
            BenchNative.Arm();
            run();
            if (BenchNative.Recorded() != 1)
                throw new InvalidOperationException($"{name}: the C target was not called");
            ulong received = BenchNative.Digest();
            if (received != expected)
                throw new InvalidOperationException($"{name}: the C target received other data than the benchmark means to send (digest {received:X16}, expected {expected:X16})");
        }
    }
}
