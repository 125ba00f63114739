namespace VulkanStructs.Vulkan;

/// <summary>VK_MAKE_API_VERSION and its inverse: Vulkan's packed version numbers.</summary>
public static class VkVersion
{
    /// <summary>VK_API_VERSION_1_0.</summary>
    public static readonly uint Vulkan10 = Make(1, 0, 0);

    /// <summary>Packs a version: variant 0, 7 bits major, 10 bits minor, 12 bits patch.</summary>
    public static uint Make(uint major, uint minor, uint patch) => (major << 22) | (minor << 12) | patch;

    /// <summary>Formats a packed version as <c>major.minor.patch</c>.</summary>
    public static string Format(uint version) => $"{(version >> 22) & 0x7F}.{(version >> 12) & 0x3FF}.{version & 0xFFF}";
}
