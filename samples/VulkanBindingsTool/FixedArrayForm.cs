namespace VulkanBindingsTool;

/// <summary>How a fixed-size C array (<c>char deviceName[256]</c>, <c>float blendConstants[4]</c>) is declared.</summary>
public enum FixedArrayForm
{
    /// <summary>An <c>[InlineArray(N)]</c> struct per element type and length (<c>ByteArray256</c>), everywhere.</summary>
    InlineArrayStruct,
    /// <summary>
    /// In shapes, <c>char</c> arrays are <c>[ArenaFixedLength(n)] string</c> and numeric arrays <c>[ArenaFixedLength(n)] T[]</c>
    /// (staged in place, read back as managed values); arrays of structs, enums and handles, and every fixed array of a
    /// blittable struct or union, stay inline-array structs.
    /// </summary>
    FixedLengthInShapes,
}
