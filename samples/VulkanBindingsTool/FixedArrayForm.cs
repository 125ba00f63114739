namespace VulkanBindingsTool;

/// <summary>
/// How a fixed-size C array (<c>char deviceName[256]</c>, <c>float blendConstants[4]</c>) is declared. The generator
/// refuses <c>fixed</c> buffers in shapes today, so every fixed array is an <c>[InlineArray]</c> struct, which shapes
/// and blittable structs both take as a blittable value; when shapes take fixed buffers and character arrays as
/// strings with a capacity, <see cref="TypeMap.FixedArrays"/> picks the new form here.
/// </summary>
public enum FixedArrayForm
{
    /// <summary>An <c>[InlineArray(N)]</c> struct per element type and length (<c>ByteArray256</c>).</summary>
    InlineArrayStruct,
}
