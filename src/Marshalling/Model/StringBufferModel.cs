namespace ParamArena.Marshalling;

/// <summary>How a stub stages, grows and decodes a caller buffer for an <c>out</c> string (<c>[ArenaStringBuffer]</c>).</summary>
/// <param name="CapacityIndex">Where the capacity goes in the native parameter list.</param>
/// <param name="CapacityType">The capacity's native type (a C# keyword).</param>
/// <param name="InitialCapacity">The first call's capacity in units.</param>
/// <param name="MaxCapacity">The largest capacity tried.</param>
/// <param name="ReturnsLength">True for <c>ReturnFillsCapacity</c> (the return is the length; equal to the capacity means too small); false for a NUL-terminated string with a null return and <see cref="Errno"/> meaning too small.</param>
/// <param name="Errno">The errno value that means too small, for the null-return convention.</param>
internal sealed record StringBufferModel(int CapacityIndex, string CapacityType, int InitialCapacity, int MaxCapacity, bool ReturnsLength, int Errno);
