namespace VulkanBindings;

/// <summary>VkBool32: a 32-bit truth value (<c>VK_TRUE</c> = 1, <c>VK_FALSE</c> = 0), converting to and from <see cref="bool"/>.</summary>
/// <param name="Value">The raw value.</param>
public readonly record struct Bool32(uint Value)
{
    /// <summary>VK_TRUE.</summary>
    public static readonly Bool32 True = new(1);

    /// <summary>VK_FALSE.</summary>
    public static readonly Bool32 False = new(0);

    /// <summary>Any non-zero value is true.</summary>
    public static implicit operator bool(Bool32 value) => value.Value != 0;

    /// <summary>VK_TRUE or VK_FALSE.</summary>
    public static implicit operator Bool32(bool value) => new(value ? 1u : 0u);
}
