namespace VulkanStructs;

/// <summary>
/// Vulkan's packed version numbers: <c>VK_MAKE_API_VERSION</c> and its inverse. vk.xml has them only as C macros, which
/// the bindings tool does not translate, so the sample computes the number itself.
/// </summary>
public static class VulkanVersion
{
    /// <summary>VK_API_VERSION_1_0.</summary>
    public static readonly uint Vulkan10 = Make(1, 0, 0);

    /// <summary>Packs a version: variant 0, 7 bits major, 10 bits minor, 12 bits patch.</summary>
    /// <param name="major">The major version.</param>
    /// <param name="minor">The minor version.</param>
    /// <param name="patch">The patch version.</param>
    public static uint Make(uint major, uint minor, uint patch) => (major << 22) | (minor << 12) | patch;

    /// <summary>Formats a packed version as <c>major.minor.patch</c>.</summary>
    /// <param name="version">A packed version.</param>
    public static string Format(uint version) => $"{(version >> 22) & 0x7F}.{(version >> 12) & 0x3FF}.{version & 0xFFF}";
}
